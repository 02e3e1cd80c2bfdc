namespace SupportBot.DirectLine;

/// <summary>
/// Direct Line's error body, <c>{"error":{"code","message"}}</c>, with the status codes botframework-directlinejs
/// acts on: 401 for a missing or unreadable credential, 403 for an expired token or another conversation's
/// token (the client reports ExpiredToken), 404 for an unknown conversation (the client reports Ended).
/// Messages never repeat the credential.
/// </summary>
public static class DirectLineErrors
{
    public static IResult Disabled() => Error(
        StatusCodes.Status503ServiceUnavailable,
        "ServiceUnavailable",
        "Direct Line is not configured on this bot: set SupportBot:DirectLine:Secret.");

    public static IResult MissingCredential() => Error(
        StatusCodes.Status401Unauthorized, "Unauthorized", "Send 'Authorization: Bearer <secret or token>'.");

    public static IResult BadCredential() => Error(
        StatusCodes.Status401Unauthorized, "BadToken", "The secret or token is not valid.");

    public static IResult TokenExpired() => Error(
        StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; generate a new one.");

    public static IResult SecretRequired() => Error(
        StatusCodes.Status403Forbidden, "Forbidden", "This call needs the Direct Line secret, not a token.");

    public static IResult TokenRequired() => Error(
        StatusCodes.Status403Forbidden, "Forbidden", "Only a token can be refreshed.");

    public static IResult OtherConversation() => Error(
        StatusCodes.Status403Forbidden, "Forbidden", "The token is for another conversation.");

    public static IResult ConversationNotFound() => Error(
        StatusCodes.Status404NotFound, "NotFound", "No such conversation; it may have ended or been forgotten.");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(string message) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult BotError() => Error(
        StatusCodes.Status502BadGateway, "BotError", "The bot failed to process the activity.");

    private static IResult Error(int status, string code, string message)
        => Results.Json(new DirectLineErrorBody(new DirectLineError(code, message)), statusCode: status);
}

/// <summary>The body of a Direct Line error response.</summary>
public sealed record DirectLineErrorBody(DirectLineError Error);

/// <summary>A Direct Line error: a stable code and a sentence for people.</summary>
public sealed record DirectLineError(string Code, string Message);
