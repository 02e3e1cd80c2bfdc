using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// A Universal Action (<c>Action.Execute</c>, an <c>adaptiveCard/action</c> invoke) replaces the card it was pressed
/// on with the card the bot answers. A flow that handles such a press offers the new card here; the host puts it in
/// the invoke response. For any other activity there is no card to replace and the flow sends its card as usual.
/// </summary>
public static class CardUpdate
{
    private const string ReplacementKey = "SupportBot.CardReplacement";

    /// <summary>Offers the card that replaces the pressed one; false (nothing kept) when this turn is not a card action.</summary>
    public static bool TryReplace(ITurnContext turnContext, Attachment card)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(card);
        if (!UserInput.IsCardAction(turnContext.Activity))
        {
            return false;
        }

        turnContext.TurnState[ReplacementKey] = card;
        return true;
    }

    /// <summary>The card that replaces the pressed one, as card JSON; null when the flow offered none.</summary>
    public static JObject? Replacement(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<Attachment>(ReplacementKey)?.Content switch
        {
            JObject card => card,
            null => null,
            { } content => JObject.FromObject(content),
        };
    }
}
