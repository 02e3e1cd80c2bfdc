using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Eligibility;

public interface IEligibilityService
{
    Task<EligibilityReport> CheckAsync(Account account, CancellationToken cancellationToken = default);
}
