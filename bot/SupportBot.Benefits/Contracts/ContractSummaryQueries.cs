using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.Contracts;

internal static class ContractSummaryQueries
{
    public static async Task<IReadOnlyList<ContractSummary>> ContractSummariesAsync(
        this SqliteConnection connection,
        string partnerId,
        DateOnly today,
        int recentIncidents,
        CancellationToken cancellationToken)
    {
        var contracts = await connection.ContractsOfPartnerAsync(partnerId, cancellationToken);
        var links = await connection.LinksOfPartnerAsync(partnerId, cancellationToken);
        var summaries = new List<ContractSummary>(contracts.Count);
        foreach (var contract in contracts)
        {
            var incidents = recentIncidents > 0
                ? await connection.IncidentsOfContractAsync(contract.Key, recentIncidents, cancellationToken)
                : [];
            summaries.Add(new ContractSummary(
                contract,
                contract.StatusOn(today),
                [.. links.Where(link => link.ContractKey == contract.Key)],
                incidents));
        }

        return summaries;
    }
}
