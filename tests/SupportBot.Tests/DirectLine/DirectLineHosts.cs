using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.DirectLine;

/// <summary>The real host set up for Direct Line tests: a secret, an environment, a clock the test moves.</summary>
public static class DirectLineHosts
{
    public const string Secret = "test-direct-line-secret-0123456789";

    /// <summary>A site that serves only the support page: outside Development /api/messages is then off (else it needs MicrosoftAppId).</summary>
    public static readonly (string Key, string? Value) DirectLineOnly = ("SupportBot:MessagesEndpointEnabled", "false");

    public static Dictionary<string, string?> WithSecret(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["SupportBot:DirectLine:Secret"] = Secret };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static WebApplicationFactory<Program> In(BotHost host, string environment, TimeProvider? time = null)
        => host.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            if (time is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton(time));
            }
        });
}
