using System.Net;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.DirectLine;

/// <summary>Who may do what on Direct Line: missing, foreign, forged and expired tokens, limits, and the environments.</summary>
public sealed class DirectLineSecurityTests : IDisposable
{
    private const string GoldAdmin = "gold.admin@fabrikam.example";
    private readonly TempFolder _data = new();
    private readonly List<IDisposable> _owned = [];

    [Fact]
    public async Task GetActivities_NoToken_Returns401WithDirectLineError()
    {
        var client = Client(DirectLineHosts.WithSecret());
        var (_, conversationId) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        var answer = await client.GetActivitiesAsync(conversationId, credential: null);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("Unauthorized", answer.ErrorCode);
        Assert.NotNull(answer.Json["error"]!["message"]);
    }

    [Fact]
    public async Task PostActivity_TokenOfAnotherConversation_Returns403AndStoresNothing()
    {
        var client = Client(DirectLineHosts.WithSecret());
        var (mine, myConversation) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        var (theirs, _) = await client.StartAsUserAsync(DirectLineHosts.Secret, "csp.agent@litware.example");
        var before = await client.GetActivitiesAsync(myConversation, mine);

        var posted = await client.PostTextAsync(myConversation, theirs, "menu");
        var read = await client.GetActivitiesAsync(myConversation, theirs);

        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        Assert.Equal(HttpStatusCode.Forbidden, read.Status);
        Assert.Equal(before.Watermark, (await client.GetActivitiesAsync(myConversation, mine)).Watermark);
    }

    [Fact]
    public async Task GetActivities_TokenSignedWithAnotherSecret_Returns401()
    {
        var client = Client(DirectLineHosts.WithSecret());
        var (_, conversationId) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        var other = Client(DirectLineHosts.WithSecret(("SupportBot:DirectLine:Secret", "another-secret-entirely-0123456789")));
        var forged = (await other.GenerateTokenAsync("another-secret-entirely-0123456789", GoldAdmin)).Json["token"]!.ToString();

        var answer = await client.GetActivitiesAsync(conversationId, forged);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("BadToken", answer.ErrorCode);
    }

    [Fact]
    public async Task Token_AfterItsLifetime_IsRefusedWith403AndCannotBeRefreshed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var client = Client(DirectLineHosts.WithSecret(), "Development", time);
        var (token, conversationId) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        time.Advance(TimeSpan.FromMinutes(31));
        var read = await client.GetActivitiesAsync(conversationId, token);
        var refreshed = await client.RefreshAsync(token);

        Assert.Equal(HttpStatusCode.Forbidden, read.Status);
        Assert.Equal("TokenExpired", read.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, refreshed.Status);
    }

    [Fact]
    public async Task Refresh_BeforeExpiry_ReturnsATokenThatOutlivesTheOldOne()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var client = Client(DirectLineHosts.WithSecret(), "Development", time);
        var (token, conversationId) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        time.Advance(TimeSpan.FromMinutes(20));
        var refreshed = await client.RefreshAsync(token);
        time.Advance(TimeSpan.FromMinutes(20));
        var withOld = await client.GetActivitiesAsync(conversationId, token);
        var withNew = await client.GetActivitiesAsync(conversationId, refreshed.Json["token"]!.ToString());

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(conversationId, refreshed.Json["conversationId"]!.ToString());
        Assert.Equal(1800, refreshed.Json["expires_in"]!.ToObject<int>());
        Assert.Equal(HttpStatusCode.Forbidden, withOld.Status);
        Assert.Equal(HttpStatusCode.OK, withNew.Status);
    }

    [Fact]
    public async Task PostActivity_LargerThanMaxActivityBytes_Returns413AndStoresNothing()
    {
        var client = Client(DirectLineHosts.WithSecret());
        var (token, conversationId) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        var before = await client.GetActivitiesAsync(conversationId, token);

        var posted = await client.PostTextAsync(conversationId, token, new string('x', 300 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.Status);
        Assert.Equal("MessageSizeTooBig", posted.ErrorCode);
        Assert.Equal(before.Watermark, (await client.GetActivitiesAsync(conversationId, token)).Watermark);
    }

    [Fact]
    public async Task History_PastItsLimit_KeepsTheNewestAndTheWatermarkKeepsCounting()
    {
        var client = Client(DirectLineHosts.WithSecret(("SupportBot:DirectLine:MaxActivitiesPerConversation", "10")));
        var (token, conversationId) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        string? lastId = null;
        for (var i = 0; i < 8; i++)
        {
            lastId = (await client.PostTextAsync(conversationId, token, "help")).Json["id"]!.ToString();
        }

        var all = await client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(10, all.Activities.Count);
        Assert.True(long.Parse(all.Watermark!, System.Globalization.CultureInfo.InvariantCulture) > 10);
        Assert.Contains(all.Activities, activity => activity["id"]!.ToString() == lastId);
    }

    [Fact]
    public async Task Conversations_PastTheLimit_TheIdlestIsForgotten()
    {
        var client = Client(DirectLineHosts.WithSecret(("SupportBot:DirectLine:MaxConversations", "2")));
        var (first, firstId) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        var (second, secondId) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        await client.GetActivitiesAsync(secondId, second);

        await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetActivitiesAsync(firstId, first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesAsync(secondId, second)).Status);
    }

    [Fact]
    public async Task Production_NoSecretConfigured_RefusesWith503AndSaysWhatToSet()
    {
        var client = Client(new Dictionary<string, string?> { [DirectLineHosts.DirectLineOnly.Key] = DirectLineHosts.DirectLineOnly.Value }, "Production");

        var generated = await client.GenerateTokenAsync(credential: null, GoldAdmin);
        var started = await client.StartAsync(credential: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, generated.Status);
        Assert.Contains("SupportBot:DirectLine:Secret", generated.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, started.Status);
    }

    [Fact]
    public async Task Production_WithSecret_TheTokensUserIsTrustedAndAnswered()
    {
        var client = Client(DirectLineHosts.WithSecret(DirectLineHosts.DirectLineOnly), "Production");
        var anonymous = await client.StartAsync(credential: null);
        var (token, conversationId) = await client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        await client.PostTextAsync(conversationId, token, "how many incidents do I have left?");
        var all = await client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Contains("17 of 20", all.BotText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_NoSecret_SupportPageStartsWithoutCredentialAndGetsAToken()
    {
        var client = Client(new Dictionary<string, string?>());

        var started = await client.StartAsync(credential: null);
        var token = started.Json["token"]!.ToString();
        var read = await client.GetActivitiesAsync(started.Json["conversationId"]!.ToString(), token);

        Assert.Equal(HttpStatusCode.Created, started.Status);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Contains("I'm SupportBot", read.BotText, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _data.Dispose();
    }

    private DirectLineTestClient Client(Dictionary<string, string?> settings, string environment = "Development", TimeProvider? time = null)
    {
        var host = new BotHost(Path.Combine(_data.Path, Guid.NewGuid().ToString("N")), settings);
        var factory = DirectLineHosts.In(host, environment, time);
        _owned.Add(factory);
        _owned.Add(host);
        return new DirectLineTestClient(factory.CreateClient());
    }
}
