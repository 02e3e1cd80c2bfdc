using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Activation;

public interface IActivationService
{
    /// <summary>Records at most one pending activation request per partner.</summary>
    Task<ActivationResult> RequestActivationAsync(Account account, CancellationToken cancellationToken = default);
}
