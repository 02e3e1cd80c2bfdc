namespace SupportBot.DirectLine;

/// <summary>The outcome of checking a token: valid with its grant, expired, or not one of ours.</summary>
public sealed record DirectLineTokenCheck(DirectLineTokenStatus Status, DirectLineGrant? Grant)
{
    public static readonly DirectLineTokenCheck Invalid = new(DirectLineTokenStatus.Invalid, null);

    public static readonly DirectLineTokenCheck Expired = new(DirectLineTokenStatus.Expired, null);
}

/// <summary>Whether a token may be used.</summary>
public enum DirectLineTokenStatus
{
    Invalid,
    Expired,
    Valid,
}
