using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SupportBot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: HS256 JWTs carrying the user (the <c>user</c> claim that
/// botframework-directlinejs reads with jwt-decode), the conversation and the expiry. Expiry is checked
/// against the injected <see cref="TimeProvider"/>, not the wall clock, so tests can move time.
/// </summary>
public sealed class DirectLineTokenService
{
    public const string Issuer = "SupportBot.DirectLine";
    private const string UserClaim = "user";
    private const string NameClaim = "name";
    private const string ConversationClaim = "conv";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokenService(DirectLineSigningKey key, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        _key = new SymmetricSecurityKey(key.Key);
        _time = time;
        _lifetime = TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);
    }

    /// <summary>A new grant for the user and conversation, expiring one lifetime from now.</summary>
    public DirectLineGrant NewGrant(string userId, string? userName, string conversationId)
        => new(userId, userName, conversationId, _time.GetUtcNow() + _lifetime);

    public string Issue(DirectLineGrant grant)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [UserClaim] = grant.UserId,
            [ConversationClaim] = grant.ConversationId,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (!string.IsNullOrEmpty(grant.UserName))
        {
            claims[NameClaim] = grant.UserName;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = grant.ExpiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Seconds left before the grant expires, as Direct Line's <c>expires_in</c>.</summary>
    public int SecondsLeft(DirectLineGrant grant)
        => (int)Math.Max(0, Math.Ceiling((grant.ExpiresAt - _time.GetUtcNow()).TotalSeconds));

    public async Task<DirectLineTokenCheck> CheckAsync(string token)
    {
        if (!_handler.CanReadToken(token))
        {
            return DirectLineTokenCheck.Invalid;
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = true,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        });
        if (!result.IsValid)
        {
            return DirectLineTokenCheck.Invalid;
        }

        var identity = result.ClaimsIdentity;
        var userId = identity.FindFirst(UserClaim)?.Value;
        var conversationId = identity.FindFirst(ConversationClaim)?.Value;
        var expires = identity.FindFirst(JwtRegisteredClaimNames.Exp)?.Value;
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(conversationId) || !long.TryParse(expires, out var expiresAt))
        {
            return DirectLineTokenCheck.Invalid;
        }

        var grant = new DirectLineGrant(userId, identity.FindFirst(NameClaim)?.Value, conversationId, DateTimeOffset.FromUnixTimeSeconds(expiresAt));
        return grant.ExpiresAt <= _time.GetUtcNow()
            ? DirectLineTokenCheck.Expired
            : new DirectLineTokenCheck(DirectLineTokenStatus.Valid, grant);
    }
}
