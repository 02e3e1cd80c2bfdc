namespace SupportBot.Benefits.Entitlements;

public enum AllowanceKind
{
    None,
    Count,
    Unlimited,
}
