using SupportBot.Benefits.Model;
using SupportBot.Benefits.Snapshots;

namespace SupportBot.Benefits.Eligibility;

internal sealed class EligibilityService(PartnerSnapshotLoader snapshots) : IEligibilityService
{
    public async Task<EligibilityReport> CheckAsync(Account account, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.LoadAsync(account, cancellationToken);
        return EligibilityRules.Evaluate(snapshot);
    }
}
