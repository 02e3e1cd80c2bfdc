namespace SupportBot.DirectLine;

/// <summary>
/// <c>POST conversations</c> starts a conversation (201, with the bot's welcome already in its history; 200
/// when the token's conversation had started) and <c>GET conversations/{id}</c> reconnects to one.
/// </summary>
public static partial class DirectLineConversationEndpoints
{
    public static async Task<IResult> StartAsync(
        HttpContext http,
        DirectLineAuthorizer authorizer,
        DirectLineAccess access,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        DirectLineTurns turns,
        ILogger<DirectLineConversationStore> logger)
    {
        var caller = await authorizer.IdentifyAsync(http.Request);
        if (caller.Kind == DirectLineCallerKind.Refused)
        {
            return caller.Refusal!;
        }

        if (caller.Kind == DirectLineCallerKind.Anonymous && !access.AllowsAnonymousStart)
        {
            return DirectLineErrors.MissingCredential();
        }

        var (parameters, problem) = await DirectLineTokenParameters.ReadAsync(http.Request, http.RequestAborted);
        if (problem is not null)
        {
            return DirectLineErrors.BadArgument(problem);
        }

        // A token names its user and conversation; the secret (or Development's open door) takes the body's user.
        var grant = caller.Grant ?? tokens.NewGrant(
            parameters?.User?.Id ?? DirectLineTokenEndpoints.NewUserId(),
            parameters?.User?.Name,
            DirectLineTokenEndpoints.NewConversationId());
        var body = new DirectLineConversationBody(grant.ConversationId, tokens.Issue(grant), tokens.SecondsLeft(grant));
        if (!store.TryAdd(grant.ConversationId, grant.UserId, grant.UserName, out var conversation))
        {
            return Results.Json(body, statusCode: StatusCodes.Status200OK);
        }

        LogStarted(logger, conversation.Id);
        if (!await turns.WelcomeAsync(conversation, DirectLineEndpoints.ServiceUrl(http.Request), parameters?.Locale))
        {
            return DirectLineErrors.BotError();
        }

        return Results.Json(body, statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> ReconnectAsync(
        string conversationId,
        HttpContext http,
        DirectLineAuthorizer authorizer,
        DirectLineTokenService tokens,
        DirectLineConversationStore store)
    {
        var access = await DirectLineConversationAccess.OpenAsync(http.Request, conversationId, authorizer, store);
        if (access.Conversation is not { } conversation)
        {
            return access.Refusal!;
        }

        var grant = access.Caller.Grant ?? tokens.NewGrant(conversation.UserId, conversation.UserName, conversation.Id);
        return Results.Json(new DirectLineConversationBody(conversation.Id, tokens.Issue(grant), tokens.SecondsLeft(grant)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    private static partial void LogStarted(ILogger logger, string conversationId);
}
