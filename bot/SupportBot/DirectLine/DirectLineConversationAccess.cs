namespace SupportBot.DirectLine;

/// <summary>
/// What every conversation route checks first: who is calling, whether their credential reaches this
/// conversation, and whether the conversation is still kept. Either the conversation or the refusal.
/// </summary>
public sealed record DirectLineConversationAccess(DirectLineCaller Caller, DirectLineConversation? Conversation, IResult? Refusal)
{
    public static async Task<DirectLineConversationAccess> OpenAsync(
        HttpRequest request,
        string conversationId,
        DirectLineAuthorizer authorizer,
        DirectLineConversationStore store)
    {
        var caller = await authorizer.IdentifyAsync(request);
        if (caller.RefusalFor(conversationId) is { } refusal)
        {
            return new(caller, null, refusal);
        }

        return store.Find(conversationId) is { } conversation
            ? new(caller, conversation, null)
            : new(caller, null, DirectLineErrors.ConversationNotFound());
    }
}
