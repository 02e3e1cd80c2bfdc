using Microsoft.Bot.Schema;

namespace SupportBot.Turns;

/// <summary>
/// What names one inbound activity. Channels make activity ids unique only within a conversation, so the
/// channel and the conversation are part of it; the three parts are kept apart (never joined into one
/// string), so no choice of ids can make two different activities look alike.
/// </summary>
public sealed record ActivityKey(string ChannelId, string ConversationId, string ActivityId)
{
    /// <summary>The activity's key, or null when it lacks an id, a channel or a conversation (it cannot be recognised again).</summary>
    public static ActivityKey? Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : new ActivityKey(activity.ChannelId, activity.Conversation.Id, activity.Id);
    }
}
