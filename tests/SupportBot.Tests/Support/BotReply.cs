using System.Net;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Tests.Support;

/// <summary>What the bot answered to one posted activity: the status, the raw body and the replies.</summary>
public sealed record BotReply(HttpStatusCode Status, string Body, IList<Activity> Activities)
{
    public IEnumerable<string> Texts => Activities.Where(activity => !string.IsNullOrEmpty(activity.Text)).Select(activity => activity.Text);

    public string AllText => string.Join("\n", Texts);

    public IEnumerable<JObject> AdaptiveCards => Activities
        .SelectMany(activity => activity.Attachments ?? [])
        .Where(attachment => attachment.ContentType == "application/vnd.microsoft.card.adaptive")
        .Select(attachment => attachment.Content as JObject ?? JObject.FromObject(attachment.Content));

    /// <summary>The reply's texts and its cards' texts together: everything the user reads.</summary>
    public string Everything => AllText + "\n" + CardText;

    /// <summary>Every text a user would read on the cards of this reply, in document order.</summary>
    public string CardText => string.Join("\n", AdaptiveCards.SelectMany(card => card.Descendants().OfType<JProperty>())
        .Where(property => property.Name is "text" or "title" or "value" && property.Value.Type == JTokenType.String)
        .Select(property => property.Value.ToString()));
}
