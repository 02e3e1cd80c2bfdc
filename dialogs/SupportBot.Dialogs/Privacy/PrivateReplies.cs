using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Keeps personal details out of shared conversations. A flow calls <see cref="Begin"/> just before it shows anything
/// personal (benefits, contracts, incidents, IDs); in a group chat or channel every message it sends from then to the
/// end of the turn is held back, and the host delivers the held messages to the person's personal chat. In a
/// personal conversation <see cref="Begin"/> changes nothing.
/// </summary>
public static class PrivateReplies
{
    private const string HeldKey = "SupportBot.PrivateReplies";

    /// <summary>From here to the end of the turn, replies in a shared conversation go to the person's personal chat.</summary>
    public static void Begin(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (SharedConversation.IsShared(turnContext.Activity) && turnContext.TurnState.Get<List<Activity>>(HeldKey) is null)
        {
            turnContext.TurnState.Add(HeldKey, new List<Activity>());
        }
    }

    /// <summary>Whether this turn's replies are being held for the personal chat.</summary>
    public static bool AreHeld(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<List<Activity>>(HeldKey) is not null;
    }

    /// <summary>Holds back the messages a flow sends after <see cref="Begin"/>; the host registers this once per turn.</summary>
    public static void HoldBack(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            var held = context.TurnState.Get<List<Activity>>(HeldKey);
            if (held is null)
            {
                return await next();
            }

            var messages = activities.Where(activity => activity.Type == ActivityTypes.Message).ToList();
            held.AddRange(messages);
            activities.RemoveAll(messages.Contains);
            var others = activities.Count > 0 ? await next() : [];
            return [.. messages.Select(_ => new ResourceResponse()), .. others];
        });
    }

    /// <summary>The messages held back this turn, in the order they were sent; later replies are no longer held.</summary>
    public static IReadOnlyList<Activity> TakeHeld(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var held = turnContext.TurnState.Get<List<Activity>>(HeldKey);
        if (held is null)
        {
            return [];
        }

        turnContext.TurnState.Remove(HeldKey);
        return held;
    }
}
