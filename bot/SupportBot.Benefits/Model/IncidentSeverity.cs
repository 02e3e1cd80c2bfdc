namespace SupportBot.Benefits.Model;

/// <summary>Microsoft support severities: A is critical impact, C is minimal impact.</summary>
public enum IncidentSeverity
{
    A,
    B,
    C,
}
