using Microsoft.Bot.Builder;
using SupportBot.Benefits.Model;

namespace SupportBot.Dialogs.Identity;

/// <summary>
/// Who the user of a turn is, from what the channel vouches for (never from typed text).
/// Null for a user the benefits data does not know.
/// </summary>
public interface IAccountResolver
{
    Task<Account?> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
