using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Snapshots;

namespace SupportBot.Benefits.Routing;

internal static class SupportRoutingRules
{
    public static SupportRoutingFacts Evaluate(PartnerSnapshot snapshot)
    {
        var account = snapshot.Account;
        return new SupportRoutingFacts(
            account,
            Route(snapshot, SupportScope.OnPremises, SupportLinks.SupportForBusinessCreate),
            Route(snapshot, SupportScope.Cloud, SupportLinks.AzureHelpAndSupport),
            CanUseCspSupportPlan: account.IsAdminAgent || account.Association == Association.CspOnly,
            CanUseAdminAgentPath: account.IsAdminAgent);
    }

    /// <summary>The contract to talk about for a scope: a usable one (preferably linked to this account), else the most telling unusable one.</summary>
    public static ContractSummary? BestContract(PartnerSnapshot snapshot, SupportScope scope) =>
        snapshot.Contracts
            .Where(summary => summary.Contract.Scope == scope)
            .OrderBy(summary => StatusRank(summary.Status))
            .ThenBy(summary => summary.LinkOf(snapshot.Account.SignInName) is null ? 1 : 0)
            .ThenByDescending(summary => summary.Contract.EndsOn)
            .FirstOrDefault();

    private static ScopeRoute Route(PartnerSnapshot snapshot, SupportScope scope, Uri portal)
    {
        var contract = BestContract(snapshot, scope);
        return new ScopeRoute(scope, Availability(snapshot, scope, contract), portal, contract);
    }

    private static RouteAvailability Availability(PartnerSnapshot snapshot, SupportScope scope, ContractSummary? contract)
    {
        if (!snapshot.Account.IsMpnAssociated)
        {
            return RouteAvailability.NotMpnAssociated;
        }

        if (!snapshot.Partner.HasActiveMembership)
        {
            return RouteAvailability.NoActiveMembership;
        }

        if (!snapshot.IsEntitledTo(scope))
        {
            return RouteAvailability.NotEntitled;
        }

        if (!snapshot.Partner.IsActivated)
        {
            return snapshot.PendingActivation is null ? RouteAvailability.NotActivated : RouteAvailability.ActivationPending;
        }

        return contract?.Status switch
        {
            null => RouteAvailability.NoContract,
            ContractStatus.Active => RouteAvailability.Available,
            ContractStatus.NotStarted => RouteAvailability.NotStarted,
            ContractStatus.Expired => RouteAvailability.Expired,
            _ => RouteAvailability.UsedUp,
        };
    }

    private static int StatusRank(ContractStatus status) => status switch
    {
        ContractStatus.Active => 0,
        ContractStatus.UsedUp => 1,
        ContractStatus.Expired => 2,
        _ => 3,
    };
}
