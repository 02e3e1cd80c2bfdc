using SupportBot.Benefits.Model;
using SupportBot.Benefits.Snapshots;

namespace SupportBot.Benefits.Routing;

internal sealed class SupportRoutingService(PartnerSnapshotLoader snapshots) : ISupportRoutingService
{
    public async Task<SupportRoutingFacts> GetRoutesAsync(Account account, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.LoadAsync(account, cancellationToken);
        return SupportRoutingRules.Evaluate(snapshot);
    }
}
