using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Routing;

/// <summary>
/// Where an account can open incidents. CSP partners may open Azure requests with the
/// "Cloud Solution Provider" support plan without a contract; Admin agents can open requests
/// for customers through Partner Center (CSP > Customers > Service Management > New request).
/// </summary>
public sealed record SupportRoutingFacts(
    Account Account,
    ScopeRoute OnPremises,
    ScopeRoute Cloud,
    bool CanUseCspSupportPlan,
    bool CanUseAdminAgentPath)
{
    public ScopeRoute For(SupportScope scope) => scope == SupportScope.OnPremises ? OnPremises : Cloud;
}
