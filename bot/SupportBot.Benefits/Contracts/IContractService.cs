using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Contracts;

public interface IContractService
{
    /// <summary>
    /// The contracts of the account's own partner (never another partner's), Product Support first,
    /// each with its status today and its <paramref name="recentIncidents"/> latest incidents.
    /// </summary>
    Task<IReadOnlyList<ContractSummary>> GetContractsAsync(
        Account account,
        int recentIncidents = 3,
        CancellationToken cancellationToken = default);
}
