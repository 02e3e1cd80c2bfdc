using System.Net;
using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Http;

/// <summary>
/// Answers the Bot Framework expects when the channel or the caller misbehaves: a turn whose replies cannot be
/// delivered was still received (200, the conversation kept); a token that cannot be checked is 401, or 503 while
/// the issuer's metadata is out of reach; invokes get their documented answers; an activity the turn cannot read
/// is 400, and the flow in progress survives it. Never a stack trace.
/// </summary>
public sealed class ErrorAnswerTests : IDisposable
{
    private const string ProductPrompt = "Which product is it about?";
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Message_ServiceUrlRefusesTheReplies_Answers200WithoutStackTrace()
    {
        using var host = new BotHost(_data.Path);
        var client = host.CreateBotClient();
        var menu = IncidentSteps.Message(client, "menu");
        menu.DeliveryMode = null;
        menu.ServiceUrl = "http://127.0.0.1:1/";

        var reply = await client.PostAsync(menu);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.DoesNotContain("Exception", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ServiceUrlAnswers500_Answers200AndTheFlowInProgressGoesOn()
    {
        await using var failing = await ConnectorStub.StartAsync(HttpStatusCode.InternalServerError);
        using var host = new BotHost(_data.Path);
        var client = host.CreateBotClient();
        await IncidentSteps.ToLogQuestionAsync(client);
        var undelivered = IncidentSteps.Message(client, "yes");
        undelivered.DeliveryMode = null;
        undelivered.ServiceUrl = failing.ServiceUrl;

        var reply = await client.PostAsync(undelivered);
        var next = await client.SendTextAsync("yes");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Body);
        Assert.Contains(ProductPrompt, next.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedToken_IssuerMetadataUnreachable_Answers503WithRetryAfter()
    {
        var unreachable = $"https://127.0.0.1:1/{Guid.NewGuid():N}/.well-known/openidconfiguration";
        using var host = new BotHost(_data.Path, ChannelTokens.Settings(unreachable));
        var client = host.CreateBotClient();
        var menu = IncidentSteps.Message(client, "menu");
        using var forger = RSA.Create(2048);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(menu), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", ChannelTokens.Bearer(new RsaSecurityKey(forger) { KeyId = "forged" }, menu.ServiceUrl));
        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("IDX", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardAction_WithoutExpectReplies_Answers200WithAMessageAndDeliversTheReplies()
    {
        await using var channel = await ConnectorStub.StartAsync();
        using var host = new BotHost(_data.Path);
        var client = host.CreateBotClient();
        var action = client.NewActivity(ActivityTypes.Invoke);
        action.Name = "adaptiveCard/action";
        action.DeliveryMode = null;
        action.ServiceUrl = channel.ServiceUrl;
        action.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = "menu", data = new { reply = "how many incidents do I have left?" } } });

        var reply = await client.PostAsync(action);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var body = JObject.Parse(reply.Body);
        Assert.Equal(200, body.Value<int>("statusCode"));
        Assert.Equal("application/vnd.microsoft.activity.message", body.Value<string>("type"));
        Assert.StartsWith("You have 17 of 20 on-premises incidents left", body.Value<string>("value"), StringComparison.Ordinal);
        Assert.Contains(channel.Received, sent => (sent.Value<string>("text") ?? string.Empty).Contains("17 of 20", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownInvoke_WithoutExpectReplies_Answers400NotSupported()
    {
        using var host = new BotHost(_data.Path);
        var client = host.CreateBotClient();
        var invoke = client.NewActivity(ActivityTypes.Invoke);
        invoke.Name = "composeExtension/query";
        invoke.DeliveryMode = null;

        var reply = await client.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        var body = JObject.Parse(reply.Body);
        Assert.Equal("application/vnd.microsoft.error", body.Value<string>("type"));
        Assert.Equal("NotSupported", body["value"]!.Value<string>("code"));
    }

    [Theory]
    [InlineData("recipient")]
    [InlineData("mention")]
    public async Task Message_WithoutRecipientOrWithAMentionWhoseMentionedIsNotAnObject_Answers400AndTheFlowInProgressGoesOn(string brokenPart)
    {
        using var host = new BotHost(_data.Path);
        var client = host.CreateBotClient();
        await IncidentSteps.ToLogQuestionAsync(client);
        var broken = IncidentSteps.Message(client, "<at>SupportBot</at> yes");
        if (brokenPart == "recipient")
        {
            broken.Recipient = null;
        }
        else
        {
            broken.Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = "supportbot", text = "<at>SupportBot</at>" }) }];
        }

        var refused = await client.PostAsync(broken);
        var next = await client.SendTextAsync("yes");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(brokenPart, refused.Body, StringComparison.Ordinal);
        Assert.Contains(ProductPrompt, next.AllText, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
