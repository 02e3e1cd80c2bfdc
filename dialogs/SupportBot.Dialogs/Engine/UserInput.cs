using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Cards;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// What the user said: the typed text of a message or, for an Adaptive Card button with no text, the submitted
/// <c>reply</c> field. A card button <c>{"reply":"2"}</c> therefore answers exactly as typing "2", whether it came as
/// an Action.Submit message or as a Universal Action (an <c>adaptiveCard/action</c> invoke carrying the same data).
/// </summary>
public static class UserInput
{
    /// <summary>The submit field that carries the answer of a card button.</summary>
    public const string ReplyField = "reply";

    /// <summary>Whether the activity is something the user said: a message, or a press on a Universal Action.</summary>
    public static bool IsFromUser(IActivity? activity)
        => activity?.Type == ActivityTypes.Message || IsCardAction(activity);

    /// <summary>The trimmed text, else the submitted reply, else an empty string (also for other activities).</summary>
    public static string GetText(IActivity? activity)
    {
        if (activity?.AsMessageActivity() is { } message && !string.IsNullOrWhiteSpace(message.Text))
        {
            return message.Text.Trim();
        }

        return GetSubmitData(activity)?[ReplyField] is JValue { Type: JTokenType.String } reply
            ? ((string)reply!).Trim()
            : string.Empty;
    }

    /// <summary>
    /// The object a card submitted (the message's <c>Value</c>, or the Universal Action's <c>action.data</c>), or
    /// null when it is not an object.
    /// </summary>
    public static JObject? GetSubmitData(IActivity? activity)
    {
        var value = IsCardAction(activity)
            ? AsObject(activity!.AsInvokeActivity()!.Value)?["action"]?["data"]
            : activity?.AsMessageActivity()?.Value;
        return AsObject(value);
    }

    /// <summary>Whether the activity is a press on a Universal Action (Teams' <c>Action.Execute</c>).</summary>
    public static bool IsCardAction(IActivity? activity)
        => activity is { Type: ActivityTypes.Invoke } && activity.AsInvokeActivity()?.Name == UniversalActions.InvokeName;

    private static JObject? AsObject(object? value) => value switch
    {
        null or string or JValue or JArray => null,
        JObject submitted => submitted,
        _ when value.GetType().IsPrimitive => null,
        _ => JToken.FromObject(value) as JObject,
    };
}
