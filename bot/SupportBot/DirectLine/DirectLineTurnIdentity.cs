using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.DirectLine;

/// <summary>
/// The identity a Direct Line turn runs under. Only our Direct Line endpoint creates it, after checking the
/// token, and it lives in the turn state, where nothing a client types can reach; so the account resolver
/// may take its user as vouched for. <c>/api/messages</c> turns carry the SDK's identities instead.
/// </summary>
public static class DirectLineTurnIdentity
{
    public const string AuthenticationType = "SupportBot.DirectLine";
    private const string UserClaim = "supportbot:directline:user";

    /// <param name="userId">The user the token vouches for.</param>
    /// <param name="botAppId">The configured MicrosoftAppId, as the audience the SDK's credential factory expects.</param>
    public static ClaimsIdentity Create(string userId, string? botAppId)
    {
        var claims = new List<Claim> { new(UserClaim, userId) };
        if (!string.IsNullOrEmpty(botAppId))
        {
            claims.Add(new Claim(AuthenticationConstants.AudienceClaim, botAppId));
            claims.Add(new Claim(AuthenticationConstants.AppIdClaim, botAppId));
        }

        return new ClaimsIdentity(claims, AuthenticationType);
    }

    /// <summary>True when the turn came through our Direct Line endpoint; <paramref name="userId"/> is the token's user.</summary>
    public static bool TryGetUser(ITurnContext turnContext, [NotNullWhen(true)] out string? userId)
    {
        userId = null;
        if (turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey) is { AuthenticationType: AuthenticationType } identity)
        {
            userId = identity.FindFirst(UserClaim)?.Value;
        }

        return !string.IsNullOrEmpty(userId);
    }
}
