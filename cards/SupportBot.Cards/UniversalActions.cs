using Newtonsoft.Json.Linq;

namespace SupportBot.Cards;

/// <summary>
/// Buttons that change the card they sit on (show the full IDs, log an incident, answer a question) are written as
/// Universal Actions (<c>Action.Execute</c>), so Teams can replace the card in place. Hosts without Universal Actions
/// (Web Chat, the Emulator) ignore <c>Action.Execute</c>; for them each one becomes the <c>Action.Submit</c> it stands
/// for: the same data, which carries the reply the bot routes on.
/// </summary>
public static class UniversalActions
{
    /// <summary>The invoke a Universal Action sends to the bot.</summary>
    public const string InvokeName = "adaptiveCard/action";

    private const string ExecuteType = "Action.Execute";
    private const string SubmitType = "Action.Submit";
    private const string TeamsChannelId = "msteams";

    /// <summary>Whether the channel renders <c>Action.Execute</c> and sends its invoke: Teams only.</summary>
    public static bool AreSupportedOn(string? channelId) => string.Equals(channelId, TeamsChannelId, StringComparison.Ordinal);

    /// <summary>The card unchanged when it has no Universal Action; otherwise a copy with each one as an Action.Submit.</summary>
    public static JObject WithSubmitFallback(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!HasExecute(card))
        {
            return card;
        }

        var copy = (JObject)card.DeepClone();
        foreach (var action in copy.Descendants().OfType<JObject>().Where(IsExecute).ToList())
        {
            action["type"] = SubmitType;
            action.Remove("verb");
        }

        return copy;
    }

    // Every card of every turn on Web Chat and the Emulator passes here, most with no Universal Action: walk the
    // tree through its links, which allocates nothing, rather than with LINQ's nested iterators.
    private static bool HasExecute(JToken token)
    {
        if (token is JObject element && IsExecute(element))
        {
            return true;
        }

        if (token is JContainer container)
        {
            for (var child = container.First; child is not null; child = child.Next)
            {
                if (HasExecute(child))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsExecute(JObject element)
        => element.TryGetValue("type", StringComparison.Ordinal, out var type) && type is JValue { Type: JTokenType.String } value && (string?)value == ExecuteType;
}
