using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Eligibility;

/// <summary>
/// The checks in a fixed order (association, role, membership, activation) and what the company's
/// active memberships include under the entitlement table in force, whether activated or not.
/// </summary>
public sealed record EligibilityReport(
    Account Account,
    Partner Partner,
    IReadOnlyList<EligibilityCheck> Checks,
    IReadOnlyList<Entitlement> Entitlements,
    DateOnly? TableEffectiveFrom,
    ActivationRequest? PendingActivation)
{
    public bool AllPassed => Checks.All(check => check.Passed);

    public bool IsActivated => Partner.IsActivated;

    public EligibilityCheck Check(EligibilityCheckKind kind) => Checks.Single(check => check.Kind == kind);

    public IReadOnlyList<Entitlement> OnPremises => Included(SupportScope.OnPremises);

    public IReadOnlyList<Entitlement> Cloud => Included(SupportScope.Cloud);

    private IReadOnlyList<Entitlement> Included(SupportScope scope) =>
        [.. Entitlements.Where(entitlement => entitlement.Scope == scope && entitlement.Allowance.IsIncluded)];
}
