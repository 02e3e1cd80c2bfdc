using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Identity;

/// <summary>The one answer every flow gives a user the benefits data does not know.</summary>
public static class AccountResolverExtensions
{
    /// <summary>The user's account; when there is none, tells the user how to get access and returns null.</summary>
    public static async Task<Account?> ResolveOrExplainAsync(this IAccountResolver resolver, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var account = await resolver.ResolveAsync(turnContext, cancellationToken);
        if (account is null)
        {
            // A Teams user is signed in already: only the account's place in the partner data can be missing.
            var explanation = turnContext.Activity.ChannelId == Channels.Msteams ? Strings.UnknownTeamsUser : Strings.UnknownUser;
            await turnContext.SendActivityAsync(explanation, cancellationToken: cancellationToken);
        }

        return account;
    }
}
