namespace SupportBot.DirectLine;

/// <summary>
/// Who is calling a Direct Line route: nobody (no Authorization), the holder of the secret, or the holder of
/// a token with its grant; or a refusal to send back as it is.
/// </summary>
public sealed record DirectLineCaller(DirectLineCallerKind Kind, DirectLineGrant? Grant, IResult? Refusal)
{
    public static readonly DirectLineCaller Anonymous = new(DirectLineCallerKind.Anonymous, null, null);

    public static readonly DirectLineCaller SecretHolder = new(DirectLineCallerKind.Secret, null, null);

    public static DirectLineCaller TokenHolder(DirectLineGrant grant) => new(DirectLineCallerKind.Token, grant, null);

    public static DirectLineCaller Refused(IResult refusal) => new(DirectLineCallerKind.Refused, null, refusal);

    /// <summary>The refusal for a caller that may not touch <paramref name="conversationId"/>, or null if it may.</summary>
    public IResult? RefusalFor(string conversationId) => Kind switch
    {
        DirectLineCallerKind.Refused => Refusal,
        DirectLineCallerKind.Anonymous => DirectLineErrors.MissingCredential(),
        DirectLineCallerKind.Token when !string.Equals(Grant!.ConversationId, conversationId, StringComparison.Ordinal)
            => DirectLineErrors.OtherConversation(),
        _ => null,
    };
}

/// <summary>The kinds of Direct Line caller.</summary>
public enum DirectLineCallerKind
{
    Refused,
    Anonymous,
    Secret,
    Token,
}
