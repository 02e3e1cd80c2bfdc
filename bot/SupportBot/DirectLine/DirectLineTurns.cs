using Microsoft.Bot.Schema;

namespace SupportBot.DirectLine;

/// <summary>
/// What happens in a conversation: the welcome when it starts, and each posted activity stamped by the
/// server (id, time, the token's user, the conversation, channel and service URL), kept, run through the bot,
/// and followed in the history by the bot's replies. Turns of one conversation run one at a time.
/// </summary>
public sealed partial class DirectLineTurns(DirectLineTurnRunner runner, DirectLineConversationStore store, TimeProvider time, ILogger<DirectLineTurns> logger)
{
    public const string DirectLineChannel = "directline";
    public const string WebChatChannel = "webchat";

    /// <summary>Tells the bot the user joined, as Direct Line does, so its welcome is the first thing in the history.</summary>
    public async Task<bool> WelcomeAsync(DirectLineConversation conversation, string serviceUrl, string? locale)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = time.GetUtcNow(),
            ChannelId = DirectLineChannel,
            ServiceUrl = serviceUrl,
            Locale = locale,
            From = User(conversation, null),
            Recipient = DirectLineBot.Account(),
            Conversation = new ConversationAccount(id: conversation.Id),
            MembersAdded = [User(conversation, null)],
        };
        await conversation.TurnLock.WaitAsync(CancellationToken.None);
        try
        {
            return await RunAndKeepRepliesAsync(conversation, update);
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    /// <summary>Keeps the user's activity, runs it, keeps the replies; false when the bot failed.</summary>
    public async Task<(bool Succeeded, string ActivityId)> PostAsync(DirectLineConversation conversation, Activity posted, string serviceUrl)
    {
        posted.ChannelId = string.Equals(posted.ChannelId, WebChatChannel, StringComparison.Ordinal) ? WebChatChannel : DirectLineChannel;
        posted.ServiceUrl = serviceUrl;
        posted.From = User(conversation, posted.From?.Name);
        posted.Recipient = DirectLineBot.Account();
        posted.Conversation = new ConversationAccount(id: conversation.Id);
        posted.CallerId = null;
        posted.DeliveryMode = null;

        await conversation.TurnLock.WaitAsync(CancellationToken.None);
        try
        {
            posted.Timestamp = time.GetUtcNow();
            store.Append(conversation, posted);
            return (await RunAndKeepRepliesAsync(conversation, posted), posted.Id);
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    private async Task<bool> RunAndKeepRepliesAsync(DirectLineConversation conversation, Activity activity)
    {
        IReadOnlyList<Activity> replies;
        try
        {
            // The turn is not tied to the HTTP request: a client that goes away mid-turn must not leave its
            // activity kept without the replies.
            replies = await runner.RunAsync(activity, conversation.UserId, CancellationToken.None);
        }
#pragma warning disable CA1031 // Whatever escaped the adapter's OnTurnError becomes Direct Line's 502, not a 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogTurnFailed(logger, exception, conversation.Id);
            return false;
        }

        foreach (var reply in replies)
        {
            reply.Timestamp = time.GetUtcNow();
            reply.From ??= DirectLineBot.Account();
            store.Append(conversation, reply);
        }

        return true;
    }

    private static ChannelAccount User(DirectLineConversation conversation, string? claimedName)
        => new(conversation.UserId, conversation.UserName ?? claimedName, RoleTypes.User);

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line turn failed in conversation {ConversationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId);
}
