using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema.Teams;
using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Identity;
using SupportBot.DirectLine;

namespace SupportBot.Identity;

/// <summary>
/// Resolves the account from what the channel vouches for: in Teams the Entra tenant and object id;
/// through our own Direct Line endpoint, the user its token names (the turn's identity says so, not the
/// activity); elsewhere the user id the channel authenticated. In the
/// Development environment only, the Emulator's and the tests' <c>from.id</c> is taken as the sign-in
/// name. The answer is kept for the rest of the turn.
/// </summary>
public sealed class ChannelAccountResolver : IAccountResolver
{
    private const string TurnStateKey = "SupportBot.ResolvedAccount";
    private readonly IAccountDirectory _directory;
    private readonly bool _trustSignInNameFromChannel;

    public ChannelAccountResolver(IAccountDirectory directory, IHostEnvironment environment)
    {
        _directory = directory;
        _trustSignInNameFromChannel = environment.IsDevelopment();
    }

    public async Task<Account?> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<ResolvedAccount>(TurnStateKey) is { } cached)
        {
            return cached.Account;
        }

        var account = await FindAsync(turnContext, cancellationToken);
        turnContext.TurnState.Add(TurnStateKey, new ResolvedAccount(account));
        return account;
    }

    private async Task<Account?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Our Direct Line endpoint ran this turn under the user its token vouches for, in every environment.
        if (DirectLineTurnIdentity.TryGetUser(turnContext, out var directLineUser))
        {
            return await _directory.FindBySignInNameAsync(directLineUser, cancellationToken);
        }

        var activity = turnContext.Activity;
        if (activity.ChannelId == Channels.Msteams)
        {
            var tenantId = activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id ?? activity.Conversation?.TenantId;
            if (Guid.TryParse(tenantId, out var tenant) && Guid.TryParse(activity.From?.AadObjectId, out var objectId))
            {
                return await _directory.FindByEntraIdAsync(tenant, objectId, cancellationToken);
            }

            return null;
        }

        var userId = activity.From?.Id;
        if (_trustSignInNameFromChannel && !string.IsNullOrWhiteSpace(userId))
        {
            return await _directory.FindBySignInNameAsync(userId, cancellationToken);
        }

        return null;
    }

    private sealed record ResolvedAccount(Account? Account);
}
