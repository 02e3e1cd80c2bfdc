using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupportBot.Tests.Support;

/// <summary>The real host (the same Program) over an in-memory server, on a database folder the test owns.</summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly string _dataFolder;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private readonly string _environment;

    public BotHost(string dataFolder, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development")
    {
        _environment = environment;
        _dataFolder = dataFolder;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public BotClient CreateBotClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("SupportBot:DataFolder", _dataFolder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
