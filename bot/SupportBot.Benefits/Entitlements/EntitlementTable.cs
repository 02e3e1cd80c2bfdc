using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Entitlements;

/// <summary>The entitlement rules of one program year, in force from <see cref="EffectiveFrom"/>.</summary>
public sealed record EntitlementTable(DateOnly EffectiveFrom, IReadOnlyList<EntitlementRow> Rows)
{
    /// <summary>The allowance of a benefit for an offer; a benefit with no row is not included.</summary>
    public Entitlement Resolve(Membership membership, SupportBenefit benefit)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var kind = membership.CompetencyKind;
        var row = Rows.FirstOrDefault(candidate => candidate.Benefit == benefit && candidate.AppliesTo(membership.Offer, kind));
        return new Entitlement(membership, benefit, row?.Allowance ?? Allowance.None, row?.PackName, EffectiveFrom);
    }

    public IReadOnlyList<Entitlement> ResolveAll(Membership membership) =>
        [.. Enum.GetValues<SupportBenefit>().Select(benefit => Resolve(membership, benefit))];
}
