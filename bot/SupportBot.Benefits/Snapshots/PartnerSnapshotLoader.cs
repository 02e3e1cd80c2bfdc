using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.Snapshots;

internal sealed class PartnerSnapshotLoader(BenefitsDatabase database, TimeProvider time)
{
    public async Task<PartnerSnapshot> LoadAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var today = time.Today();
        await using var connection = await database.OpenAsync(cancellationToken);
        var partner = await connection.FindPartnerAsync(account.PartnerId, cancellationToken)
            ?? throw new InvalidOperationException($"Account's partner '{account.PartnerId}' is not in the store.");
        var contracts = await connection.ContractSummariesAsync(partner.Id, today, recentIncidents: 0, cancellationToken);
        var catalog = await connection.EntitlementCatalogAsync(cancellationToken);
        var pending = await connection.PendingActivationAsync(partner.Id, cancellationToken);
        return new PartnerSnapshot(account, partner, contracts, catalog.InForceOn(today), pending, today);
    }
}
