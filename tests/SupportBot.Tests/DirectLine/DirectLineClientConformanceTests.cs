using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.DirectLine;

/// <summary>
/// The real botframework-directlinejs 0.15.8 client (Node, polling) against the bot on a real loopback port:
/// start, post, receive the answer and card, reconnect from a watermark, and refusal of foreign and expired tokens.
/// </summary>
public sealed class DirectLineClientConformanceTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task DirectLineJs_PollingTheBot_TalksReconnectsAndIsRefusedForeignAndExpiredTokens()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new BotHost(_data.Path, DirectLineHosts.WithSecret());
        using var factory = DirectLineHosts.In(host, "Development", time);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var (expiredToken, expiredConversation) = await new DirectLineTestClient(http).StartAsUserAsync(DirectLineHosts.Secret, "gold.admin@fabrikam.example");
        time.Advance(TimeSpan.FromMinutes(31));
        await NodeProject.EnsureInstalledAsync("botframework-directlinejs");

        var run = await NodeProject.RunAsync(
            "node",
            ["conformance.js"],
            new Dictionary<string, string>
            {
                ["DL_DOMAIN"] = address.TrimEnd('/') + "/v3/directline",
                ["DL_SECRET"] = DirectLineHosts.Secret,
                ["DL_EXPIRED_TOKEN"] = expiredToken,
                ["DL_EXPIRED_CONVERSATION"] = expiredConversation,
            },
            TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, $"conformance.js failed:\n{run.Output}\n{run.Errors}");
        var result = JObject.Parse(run.Output);
        var first = result["first"]!;
        Assert.Equal(result["tokenConversationId"]!.ToString(), first["conversationId"]!.ToString());
        Assert.Equal(first["postedId"]!.ToString(), first["echo"]!["id"]!.ToString());
        Assert.Equal("conformance-1", first["echo"]!["clientActivityID"]!.ToString());
        Assert.False(string.IsNullOrEmpty(first["echo"]!["timestamp"]?.ToString()));
        Assert.Equal("gold.admin@fabrikam.example", first["echo"]!["fromId"]!.ToString());
        Assert.Contains("17 of 20", first["botText"]!.ToString(), StringComparison.Ordinal);
        // The user started a conversation before (the expired token's), so the welcome is the returning one.
        Assert.Contains("Welcome back to SupportBot", first["botText"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("application/vnd.microsoft.card.adaptive", first["cardContentTypes"]!.Values<string>());
        Assert.Matches("^[0-9]+$", first["watermark"]!.ToString());

        var again = result["again"]!;
        Assert.True(again["sawEcho"]!.ToObject<bool>());
        Assert.False(again["sawOlder"]!.ToObject<bool>(), "a client reconnecting with a watermark sees only newer activities");
        Assert.NotEmpty(again["ids"]!);

        const int ExpiredTokenStatus = 3;
        const int FailedToConnectStatus = 4;
        Assert.Contains(ExpiredTokenStatus, result["foreignToken"]!["statuses"]!.Values<int>());
        Assert.Equal(0, result["foreignToken"]!["activities"]!.ToObject<int>());
        Assert.Contains(ExpiredTokenStatus, result["expiredWhilePolling"]!["statuses"]!.Values<int>());
        Assert.Contains(FailedToConnectStatus, result["expiredAtStart"]!["statuses"]!.Values<int>());
    }

    public void Dispose() => _data.Dispose();
}
