namespace SupportBot.Benefits.Model;

/// <summary>One membership offer of a partner; Action Pack has no competency.</summary>
public sealed record Membership(MembershipOffer Offer, string? Competency, bool IsActive)
{
    public CompetencyKind CompetencyKind => CloudCompetencies.Classify(Competency);
}
