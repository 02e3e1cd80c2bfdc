namespace SupportBot.DirectLine;

/// <summary>What a Direct Line token vouches for: one user in one conversation until it expires.</summary>
public sealed record DirectLineGrant(string UserId, string? UserName, string ConversationId, DateTimeOffset ExpiresAt);
