namespace SupportBot.Benefits.Model;

/// <summary>Whether a competency counts as a cloud competency for Signature Cloud Support.</summary>
public enum CompetencyKind
{
    /// <summary>No competency at all (Action Pack).</summary>
    None,
    Cloud,
    Other,
}
