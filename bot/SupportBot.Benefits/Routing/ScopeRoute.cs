using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Routing;

/// <summary>How to open one kind of incident: the portal, the contract to use (if any) and whether it can work now.</summary>
public sealed record ScopeRoute(SupportScope Scope, RouteAvailability Availability, Uri Portal, ContractSummary? Contract)
{
    public bool IsAvailable => Availability == RouteAvailability.Available;
}
