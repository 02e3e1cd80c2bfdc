using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Endpoints;

/// <summary>
/// What an activity posted to <c>/api/messages</c> must look like before a turn runs: the fields every turn uses
/// (type, channel, conversation, an absolute service URL, the recipient, the sender) and the parts
/// the SDK and the bot read as objects (mention entities, joined and left members, Teams channel data). A request
/// that fails here gets 400 and changes nothing, instead of throwing inside the turn, where the error handler
/// would drop the conversation's dialog.
/// </summary>
public static class ActivityShape
{
    /// <summary>The first problem with the activity, or null when a turn can run on it.</summary>
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return RequiredFields(activity) ?? Members(activity) ?? Entities(activity) ?? TeamsChannelData(activity);
    }

    private static string? RequiredFields(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity has no absolute http(s) 'serviceUrl'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
        {
            return "The activity has no 'recipient.id'.";
        }

        // Every turn reads the sender's preferences (user state is keyed by from.id), whatever the activity's type.
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no 'from.id'.";
        }

        return null;
    }

    private static string? Members(Activity activity)
        => (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []).Any(member => string.IsNullOrWhiteSpace(member?.Id))
            ? "Every entry of 'membersAdded' and 'membersRemoved' must be an account with an 'id'."
            : null;

    private static string? Entities(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is null)
            {
                return "Every entry of 'entities' must be an object.";
            }

            if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) && MentionProblem(activity, entity.Properties) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    // The bot removes the text of its own mention ("<at>SupportBot</at>") from a message, which reads the mention's
    // 'mentioned' account, its 'text' (or the account's name) and the message's text.
    private static string? MentionProblem(Activity activity, JObject? mention)
    {
        if (mention?["mentioned"] is not JObject mentioned || mentioned["id"] is not JValue { Type: JTokenType.String } id)
        {
            return "A mention entity needs 'mentioned' as an account with an 'id'.";
        }

        if (mention["text"] is { } text && text.Type is not (JTokenType.String or JTokenType.Null))
        {
            return "A mention entity's 'text' must be a string.";
        }

        if (mentioned["name"] is { } name && name.Type is not (JTokenType.String or JTokenType.Null))
        {
            return "A mention's 'mentioned.name' must be a string.";
        }

        var ofTheBot = string.Equals((string?)id, activity.Recipient?.Id, StringComparison.Ordinal);
        var named = mention.Value<string>("text") ?? mentioned.Value<string>("name");
        return ofTheBot && activity.Type == ActivityTypes.Message && (activity.Text is null || named is null)
            ? "A message that mentions the bot needs 'text', and the mention needs 'text' or 'mentioned.name'."
            : null;
    }

    private static string? TeamsChannelData(Activity activity)
    {
        const string Problem = "The Teams 'channelData' does not have the shape Teams sends.";
        if (activity.ChannelId != Channels.Msteams || activity.ChannelData is null)
        {
            return null;
        }

        if (activity.ChannelData is not JObject)
        {
            return Problem;
        }

        try
        {
            activity.GetChannelData<TeamsChannelData>();
            return null;
        }
        catch (JsonException)
        {
            return Problem;
        }
        catch (ArgumentException)
        {
            return Problem;
        }
    }
}
