using SupportBot.Benefits.Model;
using SupportBot.Benefits.Snapshots;

namespace SupportBot.Benefits.Advice;

internal sealed class AccessIdAdvisor(PartnerSnapshotLoader snapshots) : IAccessIdAdvisor
{
    public async Task<AccessIdAdvice> AdviseAsync(Account account, AccessIdAnswers? answers = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.LoadAsync(account, cancellationToken);
        return AccessIdRules.Advise(snapshot, answers ?? AccessIdAnswers.None);
    }
}
