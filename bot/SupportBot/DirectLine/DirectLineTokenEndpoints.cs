namespace SupportBot.DirectLine;

/// <summary>
/// <c>POST tokens/generate</c> (the secret, or nothing in Development without a secret; binds the body's
/// user to a new conversation id) and <c>POST tokens/refresh</c> (a token that has not expired).
/// Neither starts the conversation nor contacts the bot.
/// </summary>
public static class DirectLineTokenEndpoints
{
    public static async Task<IResult> GenerateAsync(HttpContext http, DirectLineAuthorizer authorizer, DirectLineAccess access, DirectLineTokenService tokens)
    {
        var caller = await authorizer.IdentifyAsync(http.Request);
        switch (caller.Kind)
        {
            case DirectLineCallerKind.Refused:
                return caller.Refusal!;
            case DirectLineCallerKind.Token:
                return DirectLineErrors.SecretRequired();
            case DirectLineCallerKind.Anonymous when !access.AllowsAnonymousStart:
                return DirectLineErrors.MissingCredential();
        }

        var (parameters, problem) = await DirectLineTokenParameters.ReadAsync(http.Request, http.RequestAborted);
        if (problem is not null)
        {
            return DirectLineErrors.BadArgument(problem);
        }

        var grant = tokens.NewGrant(parameters?.User?.Id ?? NewUserId(), parameters?.User?.Name, NewConversationId());
        return Results.Json(new DirectLineConversationBody(grant.ConversationId, tokens.Issue(grant), tokens.SecondsLeft(grant)));
    }

    public static async Task<IResult> RefreshAsync(HttpContext http, DirectLineAuthorizer authorizer, DirectLineTokenService tokens)
    {
        var caller = await authorizer.IdentifyAsync(http.Request);
        switch (caller.Kind)
        {
            case DirectLineCallerKind.Refused:
                return caller.Refusal!;
            case DirectLineCallerKind.Anonymous:
                return DirectLineErrors.MissingCredential();
            case DirectLineCallerKind.Secret:
                return DirectLineErrors.TokenRequired();
        }

        var old = caller.Grant!;
        var grant = tokens.NewGrant(old.UserId, old.UserName, old.ConversationId);
        return Results.Json(new DirectLineConversationBody(grant.ConversationId, tokens.Issue(grant), tokens.SecondsLeft(grant)));
    }

    /// <summary>Azure's Direct Line asks for user ids that start with "dl_"; ours follow it.</summary>
    public static string NewUserId() => "dl_" + Guid.NewGuid().ToString("N");

    public static string NewConversationId() => Guid.NewGuid().ToString("N");
}
