using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Http;

public sealed class SignedTokenAuthenticationTests : IAsyncLifetime, IDisposable
{
    private const string AppId = "0b7a1c3e-5d2f-4a61-8e9b-2c4d6f8a0b1c";
    private readonly TempFolder _data = new();
    private LocalOpenIdServer _openId = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _openId = await LocalOpenIdServer.StartAsync(endorsedChannel: "emulator");
        _host = new BotHost(_data.Path, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-only-password",
            ["ToBotFromChannelTokenIssuer"] = LocalOpenIdServer.Issuer,
            ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = "https://login.example.test/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.test",
            ["OAuthUrl"] = "https://token.botframework.test",
            ["ValidateAuthority"] = "true",
        });
    }

    [Fact]
    public async Task Token_SignedByTheChannelKey_IsAcceptedAndTheBotAnswers()
    {
        var client = _host.CreateBotClient();
        var activity = Menu(client);

        var reply = await client.PostAsync(activity, $"Bearer {Token(_openId.SigningKey, activity.ServiceUrl)}");

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

        var reply = await client.PostAsync(activity, $"Bearer {Token(forged, activity.ServiceUrl)}");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task Token_ForAnotherBot_Returns401()
    {
        var client = _host.CreateBotClient();
        var activity = Menu(client);

        var reply = await client.PostAsync(activity, $"Bearer {Token(_openId.SigningKey, activity.ServiceUrl, audience: Guid.NewGuid().ToString())}");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task Token_Expired_Returns401()
    {
        var client = _host.CreateBotClient();
        var activity = Menu(client);

        var reply = await client.PostAsync(activity, $"Bearer {Token(_openId.SigningKey, activity.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-30))}");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _openId.DisposeAsync();
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

    private static string Token(SecurityKey key, string serviceUrl, string audience = AppId, DateTime? expires = null)
    {
        var notBefore = (expires ?? DateTime.UtcNow.AddMinutes(10)).AddMinutes(-20);
        return new JwtSecurityTokenHandler().CreateEncodedJwt(new SecurityTokenDescriptor
        {
            Issuer = LocalOpenIdServer.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
