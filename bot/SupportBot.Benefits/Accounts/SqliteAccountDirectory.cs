using SupportBot.Benefits.Model;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.Accounts;

internal sealed class SqliteAccountDirectory(BenefitsDatabase database) : IAccountDirectory
{
    public async Task<Account?> FindBySignInNameAsync(string signInName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(signInName))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.FindBySignInNameAsync(signInName, cancellationToken);
    }

    public async Task<Account?> FindByEntraIdAsync(Guid tenantId, Guid objectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.FindByEntraAsync(new EntraIdentity(tenantId, objectId), cancellationToken);
    }

    public async Task<Partner?> FindPartnerAsync(string partnerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.FindPartnerAsync(partnerId, cancellationToken);
    }

    public async Task<IReadOnlyList<Account>> ListAccountsAsync(string? partnerId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ListAsync(partnerId, cancellationToken);
    }

    public async Task<IReadOnlyList<Account>> ListActivatorsAsync(string partnerId, CancellationToken cancellationToken = default)
    {
        var accounts = await ListAccountsAsync(partnerId, cancellationToken);
        return [.. accounts.Where(account => account.CanActivate && account.IsMpnAssociated)];
    }
}
