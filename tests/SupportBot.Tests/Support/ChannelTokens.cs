using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace SupportBot.Tests.Support;

/// <summary>
/// The settings that turn the host's Bot Framework authentication on against a local OpenID server, and the
/// channel tokens such a server's key signs (issuer, audience = the bot's app id, <c>serviceurl</c>, lifetime).
/// </summary>
public static class ChannelTokens
{
    public const string AppId = "0b7a1c3e-5d2f-4a61-8e9b-2c4d6f8a0b1c";

    /// <summary>Every key the parameterized authentication reads, so none falls back to the public cloud.</summary>
    public static Dictionary<string, string?> Settings(string metadataUrl, string issuer = LocalOpenIdServer.Issuer) => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-only-password",
        ["ToBotFromChannelTokenIssuer"] = issuer,
        ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = metadataUrl,
        ["ToChannelFromBotLoginUrl"] = "https://login.example.test/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.test",
        ["OAuthUrl"] = "https://token.botframework.test",
        ["ValidateAuthority"] = "true",
    };

    public static string Bearer(SecurityKey key, string serviceUrl, string audience = AppId, DateTime? expires = null)
        => "Bearer " + Create(key, serviceUrl, audience, expires);

    public static string Create(SecurityKey key, string serviceUrl, string audience = AppId, DateTime? expires = null)
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
