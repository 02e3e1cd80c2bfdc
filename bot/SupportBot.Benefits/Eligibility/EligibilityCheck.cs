namespace SupportBot.Benefits.Eligibility;

public sealed record EligibilityCheck(EligibilityCheckKind Kind, bool Passed, EligibilityReason Reason, EligibilityFix Fix);
