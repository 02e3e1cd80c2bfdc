using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Entitlements;

/// <summary>One cell of the entitlement table: what an offer with a kind of competency includes of one benefit.</summary>
public sealed record EntitlementRow(
    MembershipOffer Offer,
    CompetencyScope Competencies,
    SupportBenefit Benefit,
    Allowance Allowance,
    string? PackName)
{
    public bool AppliesTo(MembershipOffer offer, CompetencyKind kind) =>
        Offer == offer && Competencies switch
        {
            CompetencyScope.Any => true,
            CompetencyScope.Cloud => kind == CompetencyKind.Cloud,
            CompetencyScope.Other => kind == CompetencyKind.Other,
            _ => false,
        };
}
