namespace SupportBot.Cards;

/// <summary>One eligibility check, shown with ✓ or ✗; <see cref="Fix"/> is null when there is nothing to fix.</summary>
public sealed record EligibilityCheck(string Name, bool Passed, string Reason, string? Fix);
