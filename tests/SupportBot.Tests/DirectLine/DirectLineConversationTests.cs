using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.DirectLine;

/// <summary>Direct Line 3.0 over the real host: tokens, starting, posting and polling, as a client sees them.</summary>
public sealed class DirectLineConversationTests : IDisposable
{
    private const string GoldAdmin = "gold.admin@fabrikam.example";
    private readonly TempFolder _data = new();
    private readonly BotHost _host;
    private readonly DirectLineTestClient _client;

    public DirectLineConversationTests()
    {
        _host = new BotHost(_data.Path, DirectLineHosts.WithSecret(("SupportBot:DirectLine:MaxActivitiesPerPage", "3")));
        _client = new DirectLineTestClient(_host.CreateClient());
    }

    [Fact]
    public async Task GenerateToken_WithSecretAndUser_ReturnsSignedTokenNamingUserAndConversation()
    {
        var answer = await _client.GenerateTokenAsync(DirectLineHosts.Secret, GoldAdmin);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(1800, answer.Json["expires_in"]!.ToObject<int>());
        var token = new JsonWebToken(answer.Json["token"]!.ToString());
        Assert.Equal("HS256", token.Alg);
        Assert.Equal(GoldAdmin, token.GetClaim("user").Value);
        Assert.Equal(answer.Json["conversationId"]!.ToString(), token.GetClaim("conv").Value);
        Assert.DoesNotContain(DirectLineHosts.Secret, answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateToken_WithTokenInsteadOfSecret_Returns403()
    {
        var (token, _) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        var answer = await _client.GenerateTokenAsync(token, "other@fabrikam.example");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
    }

    [Fact]
    public async Task Start_NewToken_Returns201AndTheWelcomeIsInTheHistory()
    {
        var generated = await _client.GenerateTokenAsync(DirectLineHosts.Secret, GoldAdmin);
        var token = generated.Json["token"]!.ToString();

        var started = await _client.StartAsync(token, new { user = new { id = GoldAdmin }, locale = "en-US" });
        var activities = await _client.GetActivitiesAsync(generated.Json["conversationId"]!.ToString(), token);

        Assert.Equal(HttpStatusCode.Created, started.Status);
        Assert.Equal(generated.Json["conversationId"]!.ToString(), started.Json["conversationId"]!.ToString());
        Assert.NotNull(started.Json["token"]);
        Assert.Null(started.Json["streamUrl"]);
        Assert.Contains("I'm SupportBot", activities.BotText, StringComparison.Ordinal);
        Assert.All(activities.Activities, activity => Assert.NotEqual("conversationUpdate", activity["type"]!.ToString()));
    }

    [Fact]
    public async Task Start_TokenWhoseConversationStarted_Returns200WithoutASecondWelcome()
    {
        var (token, conversationId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        var before = await AllActivitiesAsync(conversationId, token);

        var again = await _client.StartAsync(token);

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(conversationId, again.Json["conversationId"]!.ToString());
        Assert.Equal(before.Count, (await AllActivitiesAsync(conversationId, token)).Count);
    }

    [Fact]
    public async Task PostActivity_Message_EchoesTheUsersActivityWithIdChannelDataAndTimestamp()
    {
        var (token, conversationId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        var posted = await _client.PostActivityAsync(conversationId, token, new
        {
            type = "message",
            text = "menu",
            channelId = "webchat",
            from = new { id = GoldAdmin, role = "user" },
            channelData = new { clientActivityID = "client-42", extra = new { kept = true } },
        });
        var all = await AllActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var id = posted.Json["id"]!.ToString();
        var echo = Assert.Single(all, activity => activity["id"]?.ToString() == id);
        Assert.Equal("client-42", echo["channelData"]!["clientActivityID"]!.ToString());
        Assert.True(echo["channelData"]!["extra"]!["kept"]!.ToObject<bool>());
        Assert.NotNull(echo["timestamp"]);
        Assert.Equal("webchat", echo["channelId"]!.ToString());
        Assert.Equal(conversationId, echo["conversation"]!["id"]!.ToString());
    }

    [Fact]
    public async Task PostActivity_IncidentsQuestion_BotRepliesAfterTheUsersActivityInOrder()
    {
        var (token, conversationId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        var posted = await _client.PostTextAsync(conversationId, token, "how many incidents do I have left?", GoldAdmin);
        var all = await AllActivitiesAsync(conversationId, token);

        var userIndex = all.FindIndex(activity => activity["id"]!.ToString() == posted.Json["id"]!.ToString());
        Assert.True(userIndex > 0, "the welcome comes before the user's activity");
        var replies = all.Skip(userIndex + 1).ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, reply => Assert.Equal("bot", reply["from"]!["role"]!.ToString()));
        Assert.All(replies, reply => Assert.Equal(posted.Json["id"]!.ToString(), reply["replyToId"]!.ToString()));
        var text = string.Join("\n", replies.SelectMany(DirectLineAnswer.Texts));
        Assert.Contains("17 of 20", text, StringComparison.Ordinal);
        Assert.Contains(replies, reply => reply["attachments"]?.First?["contentType"]?.ToString() == "application/vnd.microsoft.card.adaptive");
        var ids = all.Select(activity => activity["id"]!.ToString()).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Fact]
    public async Task PostActivity_FromIdOfSomeoneElse_BotAnswersAsTheTokensUser()
    {
        var (token, conversationId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, "csp.agent@litware.example");

        var posted = await _client.PostTextAsync(conversationId, token, "how many incidents do I have left?", fromId: GoldAdmin);
        var all = await _client.GetActivitiesAsync(conversationId, token);
        var everything = string.Join("\n", (await AllActivitiesAsync(conversationId, token)).SelectMany(DirectLineAnswer.Texts));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var echo = Assert.Single(await AllActivitiesAsync(conversationId, token), activity => activity["id"]!.ToString() == posted.Json["id"]!.ToString());
        Assert.Equal("csp.agent@litware.example", echo["from"]!["id"]!.ToString());
        Assert.DoesNotContain("17 of 20", everything, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, all.Status);
    }

    [Fact]
    public async Task GetActivities_PagedByWatermark_ReturnsEachActivityOnceWithNumericWatermarks()
    {
        var (token, conversationId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);
        await _client.PostTextAsync(conversationId, token, "menu", GoldAdmin);
        await _client.PostTextAsync(conversationId, token, "help", GoldAdmin);

        var first = await _client.GetActivitiesAsync(conversationId, token);
        var pages = new List<DirectLineAnswer> { first };
        var watermark = first.Watermark;
        for (var answer = first; answer.Activities.Count > 0;)
        {
            answer = await _client.GetActivitiesAsync(conversationId, token, watermark);
            pages.Add(answer);
            Assert.True(long.Parse(answer.Watermark!, System.Globalization.CultureInfo.InvariantCulture) >= long.Parse(watermark!, System.Globalization.CultureInfo.InvariantCulture));
            watermark = answer.Watermark;
        }

        Assert.Equal(3, first.Activities.Count);
        Assert.True(pages.Count > 2, "more activities than one page holds");
        var ids = pages.SelectMany(page => page.Activities).Select(activity => activity["id"]!.ToString()).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal((await AllActivitiesAsync(conversationId, token)).Count, ids.Count);
        Assert.Equal(watermark, pages[^1].Watermark);
        Assert.Empty(pages[^1].Activities);
    }

    [Fact]
    public async Task Reconnect_WithToken_ReturnsTheConversationAndAToken()
    {
        var (token, conversationId) = await _client.StartAsUserAsync(DirectLineHosts.Secret, GoldAdmin);

        var answer = await _client.ReconnectAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(conversationId, answer.Json["conversationId"]!.ToString());
        Assert.Equal(GoldAdmin, new JsonWebToken(answer.Json["token"]!.ToString()).GetClaim("user").Value);
    }

    [Fact]
    public async Task Start_WithSecretAndUserInBody_StartsAConversationForThatUser()
    {
        var started = await _client.StartAsync(DirectLineHosts.Secret, new { user = new { id = GoldAdmin } });
        var conversationId = started.Json["conversationId"]!.ToString();

        var posted = await _client.PostTextAsync(conversationId, DirectLineHosts.Secret, "how many incidents do I have left?");
        var all = await AllActivitiesAsync(conversationId, DirectLineHosts.Secret);

        Assert.Equal(HttpStatusCode.Created, started.Status);
        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Contains("17 of 20", string.Join("\n", all.SelectMany(DirectLineAnswer.Texts)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_FromAnotherOriginInDevelopment_AllowsTheDirectLineHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "http://localhost:5173");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
        Assert.Contains("X-MS-BOT-AGENT", allowed, StringComparison.Ordinal);
        Assert.Contains("AUTHORIZATION", allowed, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }

    private async Task<List<Newtonsoft.Json.Linq.JObject>> AllActivitiesAsync(string conversationId, string token)
    {
        var all = new List<Newtonsoft.Json.Linq.JObject>();
        string? watermark = null;
        while (true)
        {
            var page = await _client.GetActivitiesAsync(conversationId, token, watermark);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            if (page.Activities.Count == 0)
            {
                return all;
            }

            all.AddRange(page.Activities);
            watermark = page.Watermark;
        }
    }
}
