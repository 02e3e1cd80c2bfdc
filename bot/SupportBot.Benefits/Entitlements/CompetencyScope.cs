namespace SupportBot.Benefits.Entitlements;

/// <summary>Which competencies an entitlement row applies to.</summary>
public enum CompetencyScope
{
    Any,
    Cloud,
    Other,
}
