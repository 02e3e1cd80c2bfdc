using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// What the user said in a message: the typed text or, for an Adaptive Card submit with no text, the
/// submitted <c>reply</c> field. A card button <c>{"reply":"2"}</c> therefore answers exactly as typing "2".
/// </summary>
public static class UserInput
{
    /// <summary>The submit field that carries the answer of a card button.</summary>
    public const string ReplyField = "reply";

    /// <summary>The trimmed text, else the submitted reply, else an empty string (also for non-messages).</summary>
    public static string GetText(IActivity? activity)
    {
        var message = activity?.AsMessageActivity();
        if (message is null)
        {
            return string.Empty;
        }

        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            return message.Text.Trim();
        }

        return GetSubmitData(activity)?[ReplyField] is JValue { Type: JTokenType.String } reply
            ? ((string)reply!).Trim()
            : string.Empty;
    }

    /// <summary>The object a card submitted (the message's <c>Value</c>), or null when it is not an object.</summary>
    public static JObject? GetSubmitData(IActivity? activity)
    {
        var value = activity?.AsMessageActivity()?.Value;
        return value switch
        {
            null or string or JValue or JArray => null,
            JObject submitted => submitted,
            _ when value.GetType().IsPrimitive => null,
            _ => JToken.FromObject(value) as JObject,
        };
    }
}
