using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Entitlements;

/// <summary>What one membership includes of one benefit, under the table effective from <see cref="TableEffectiveFrom"/>.</summary>
public sealed record Entitlement(
    Membership Membership,
    SupportBenefit Benefit,
    Allowance Allowance,
    string? PackName,
    DateOnly TableEffectiveFrom)
{
    public SupportScope Scope => Benefit.Scope();
}
