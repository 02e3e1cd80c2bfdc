using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Http;

public sealed class AuthenticationTests : IDisposable
{
    private const string AppId = "6f1c7a52-3e0b-4c55-9a59-0d1b2a3c4d5e";
    private readonly TempFolder _data = new();
    private readonly BotHost _host;

    public AuthenticationTests()
    {
        _host = new BotHost(_data.Path, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-only-password",
        });
    }

    [Fact]
    public async Task AuthOn_NoAuthorizationHeader_Returns401()
    {
        var client = _host.CreateBotClient();

        var reply = await client.PostAsync(Message(client));

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task AuthOn_MalformedBearerToken_Returns401()
    {
        var client = _host.CreateBotClient();

        var reply = await client.PostAsync(Message(client), "Bearer this.is-not-a.jwt");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task AuthOn_TokenSignedByUnknownIssuerKey_Returns401()
    {
        var client = _host.CreateBotClient();
        using var rsa = RSA.Create(2048);
        var token = new JwtSecurityTokenHandler().CreateEncodedJwt(new SecurityTokenDescriptor
        {
            Issuer = "https://sts.example.invalid/",
            Audience = AppId,
            Subject = new ClaimsIdentity([new Claim("serviceurl", "http://localhost:1/")]),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "not-a-bot-framework-key" }, SecurityAlgorithms.RsaSha256),
        });

        var reply = await client.PostAsync(Message(client), $"Bearer {token}");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    private static Microsoft.Bot.Schema.Activity Message(BotClient client)
    {
        var activity = client.NewActivity("message");
        activity.Text = "menu";
        return activity;
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }
}
