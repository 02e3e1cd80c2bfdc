using SupportBot.Benefits.Model;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.Contracts;

internal sealed class ContractService(BenefitsDatabase database, TimeProvider time) : IContractService
{
    public async Task<IReadOnlyList<ContractSummary>> GetContractsAsync(
        Account account,
        int recentIncidents = 3,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ContractSummariesAsync(account.PartnerId, time.Today(), recentIncidents, cancellationToken);
    }
}
