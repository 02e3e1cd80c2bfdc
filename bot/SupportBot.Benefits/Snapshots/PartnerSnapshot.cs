using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Snapshots;

/// <summary>Everything the rules need about an account's company, read at one moment.</summary>
internal sealed record PartnerSnapshot(
    Account Account,
    Partner Partner,
    IReadOnlyList<ContractSummary> Contracts,
    EntitlementTable? Table,
    ActivationRequest? PendingActivation,
    DateOnly Today)
{
    public IReadOnlyList<Entitlement> Entitlements =>
        Table is null ? [] : [.. Partner.ActiveMemberships.SelectMany(Table.ResolveAll)];

    public bool IsEntitledTo(SupportScope scope) =>
        Entitlements.Any(entitlement => entitlement.Scope == scope && entitlement.Allowance.IsIncluded);
}
