using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Http;

[Collection(OpenIdTestGroup.Name)]
public sealed class SignedTokenAuthenticationTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly LocalOpenIdServer _openId;
    private readonly BotHost _host;

    public SignedTokenAuthenticationTests(OpenIdFixture openId)
    {
        _openId = openId.Server;
        _host = new BotHost(_data.Path, ChannelTokens.Settings(_openId.MetadataUrl));
    }

    [Fact]
    public async Task Token_SignedByTheChannelKey_IsAcceptedAndTheBotAnswers()
    {
        var client = _host.CreateBotClient();
        var activity = Menu(client);

        var reply = await client.PostAsync(activity, ChannelTokens.Bearer(_openId.SigningKey, activity.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains("Check eligibility", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_SignedByAnotherKeyWithTheSameKeyId_Returns401()
    {
        var client = _host.CreateBotClient();
        var activity = Menu(client);
        using var forger = RSA.Create(2048);
        var forged = new RsaSecurityKey(forger) { KeyId = _openId.SigningKey.KeyId };

        var reply = await client.PostAsync(activity, ChannelTokens.Bearer(forged, activity.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task Token_ForAnotherBot_Returns401()
    {
        var client = _host.CreateBotClient();
        var activity = Menu(client);

        var reply = await client.PostAsync(activity, ChannelTokens.Bearer(_openId.SigningKey, activity.ServiceUrl, audience: Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task Token_Expired_Returns401()
    {
        var client = _host.CreateBotClient();
        var activity = Menu(client);

        var reply = await client.PostAsync(activity, ChannelTokens.Bearer(_openId.SigningKey, activity.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-30)));

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }

    private static Microsoft.Bot.Schema.Activity Menu(BotClient client)
    {
        var activity = client.NewActivity("message");
        activity.Text = "menu";
        return activity;
    }
}
