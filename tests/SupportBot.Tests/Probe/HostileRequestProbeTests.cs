using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.DirectLine;
using SupportBot.Tests.Support;
using Xunit.Abstractions;

namespace SupportBot.Tests.Probe;

/// <summary>
/// Sends a fixed corpus of malformed and hostile requests (<see cref="MessagesCorpus"/>, <see cref="DirectLineCorpus"/>)
/// to the bot on a real loopback port, in Development and in Production, and prints the answers counted by status.
/// No answer may be a 5xx or carry any partner's contract data (the probe's user has none), and the host must still
/// serve afterwards. Run it alone, with the counts printed:
/// <c>dotnet test tests/SupportBot.Tests --filter "FullyQualifiedName~HostileRequestProbeTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection(OpenIdTestGroup.Name)]
public sealed class HostileRequestProbeTests(OpenIdFixture openId, ITestOutputHelper output) : IDisposable
{
    private static readonly string[] OtherPartners = ["Fabrikam", "Northwind", "Tailspin", "Wingtip", "Contoso", "Litware"];
    private readonly TempFolder _data = new();

    [Fact]
    public Task Corpus_AgainstADevelopmentHost_NoServerErrorNoLeakAndTheHostStillServes() => ProbeAsync("Development");

    [Fact]
    public Task Corpus_AgainstAProductionHost_NoServerErrorNoLeakAndTheHostStillServes() => ProbeAsync("Production");

    public void Dispose() => _data.Dispose();

    private async Task ProbeAsync(string environment)
    {
        var isProduction = environment == "Production";
        var settings = isProduction ? ChannelTokens.Settings(openId.Server.MetadataUrl) : [];
        settings["SupportBot:DirectLine:Secret"] = DirectLineHosts.Secret;
        using var host = new BotHost(Path.Combine(_data.Path, environment), settings, environment);
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        var target = await TargetAsync(http, isProduction);
        var corpus = MessagesCorpus.For(target).Concat(DirectLineCorpus.For(target)).ToList();

        var statuses = new SortedDictionary<int, int>();
        var serverErrors = new List<string>();
        var leaks = new List<string>();
        foreach (var probe in corpus)
        {
            using var request = probe.ToHttp();
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                serverErrors.Add($"{probe.Name}: {status} {body[..Math.Min(200, body.Length)]}");
            }

            if (LeakIn(body) is { } leak)
            {
                leaks.Add($"{probe.Name}: {leak}");
            }
        }

        output.WriteLine($"{environment}: {corpus.Count} hostile requests; answers by status: {string.Join(", ", statuses.Select(pair => $"{pair.Key} x{pair.Value}"))}");
        Assert.True(corpus.Count >= 200, $"The corpus has {corpus.Count} requests.");
        Assert.Empty(serverErrors);
        Assert.Empty(leaks);
        await AssertStillServesAsync(http, target);
    }

    private async Task<ProbeTarget> TargetAsync(HttpClient http, bool isProduction)
    {
        var directLine = new DirectLineTestClient(http);
        var (token, conversationId) = await directLine.StartAsUserAsync(DirectLineHosts.Secret, ProbeTarget.ProbeUser);
        var (otherToken, _) = await directLine.StartAsUserAsync(DirectLineHosts.Secret, "someone.else@example.test");
        return new ProbeTarget(
            isProduction,
            activity => isProduction ? ChannelTokens.Bearer(openId.Server.SigningKey, ServiceUrlOf(activity)) : null,
            DirectLineHosts.Secret,
            token,
            conversationId,
            otherToken);
    }

    private static async Task AssertStillServesAsync(HttpClient http, ProbeTarget target)
    {
        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var directLine = new DirectLineTestClient(http);
        var posted = await directLine.PostTextAsync(target.DirectLineConversationId, target.DirectLineToken, "menu");
        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Contains("Check eligibility", (await directLine.GetActivitiesAsync(target.DirectLineConversationId, target.DirectLineToken)).Body, StringComparison.Ordinal);
    }

    private static string ServiceUrlOf(JObject activity)
        => activity["serviceUrl"] is JValue { Type: JTokenType.String } url ? (string)url! : ProbeTarget.ServiceUrl;

    private static string? LeakIn(string body)
    {
        if (SampleSecrets.All.FirstOrDefault(secret => body.Contains(secret, StringComparison.OrdinalIgnoreCase)) is { } secret)
        {
            return $"a full ID ending {secret[^4..]}";
        }

        if (body.Contains("••••", StringComparison.Ordinal))
        {
            return "a masked ID";
        }

        return OtherPartners.FirstOrDefault(partner => body.Contains(partner, StringComparison.OrdinalIgnoreCase)) is { } name
            ? $"the partner name {name}"
            : null;
    }
}
