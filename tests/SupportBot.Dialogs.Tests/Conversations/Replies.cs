using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Tests.Conversations;

/// <summary>What a user reads in one bot reply: its text, its suggested actions and its cards' text.</summary>
public static class Replies
{
    public static string Text(IActivity reply) => ((IMessageActivity)reply).Text ?? string.Empty;

    public static IEnumerable<JObject> Cards(IActivity reply) => (((IMessageActivity)reply).Attachments ?? [])
        .Where(attachment => attachment.ContentType == "application/vnd.microsoft.card.adaptive")
        .Select(attachment => attachment.Content as JObject ?? JObject.FromObject(attachment.Content));

    /// <summary>Every string a user sees on the reply's cards (text blocks, fact titles and values, button titles).</summary>
    public static string CardText(IActivity reply) => string.Join("\n", Cards(reply)
        .SelectMany(card => card.Descendants().OfType<JProperty>())
        .Where(property => property.Name is "text" or "title" or "value" && property.Value.Type == JTokenType.String)
        .Select(property => property.Value.ToString()));

    /// <summary>The reply's text and its cards' text together.</summary>
    public static string Everything(IActivity reply) => Text(reply) + "\n" + CardText(reply);

    public static IEnumerable<string> SuggestedActions(IActivity reply)
        => ((IMessageActivity)reply).SuggestedActions?.Actions?.Select(action => action.Title) ?? [];
}
