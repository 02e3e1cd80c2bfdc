using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Whether a conversation is shared by several people: a Teams group chat or channel (or any conversation its
/// channel marks as a group). Nothing personal is posted there, and each person keeps their own dialog.
/// </summary>
public static class SharedConversation
{
    private const string GroupChat = "groupChat";
    private const string Channel = "channel";

    public static bool IsShared(IActivity? activity)
    {
        var conversation = activity?.Conversation;
        return conversation is not null
            && (conversation.IsGroup == true
                || string.Equals(conversation.ConversationType, GroupChat, StringComparison.OrdinalIgnoreCase)
                || string.Equals(conversation.ConversationType, Channel, StringComparison.OrdinalIgnoreCase));
    }
}
