using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Accounts;

/// <summary>Who a user is, from what the channel knows; unknown users are null, never an exception.</summary>
public interface IAccountDirectory
{
    Task<Account?> FindBySignInNameAsync(string signInName, CancellationToken cancellationToken = default);

    Task<Account?> FindByEntraIdAsync(Guid tenantId, Guid objectId, CancellationToken cancellationToken = default);

    Task<Partner?> FindPartnerAsync(string partnerId, CancellationToken cancellationToken = default);

    /// <summary>Every account, or those of one partner (the support page's persona picker, "who is our admin?").</summary>
    Task<IReadOnlyList<Account>> ListAccountsAsync(string? partnerId = null, CancellationToken cancellationToken = default);

    /// <summary>The Global admins and MPN partner admins of a partner: the people who can activate or share the IDs.</summary>
    Task<IReadOnlyList<Account>> ListActivatorsAsync(string partnerId, CancellationToken cancellationToken = default);
}
