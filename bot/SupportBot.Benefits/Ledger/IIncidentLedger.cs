using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Ledger;

/// <summary>The append-only record of incidents and the remaining count of each contract.</summary>
public interface IIncidentLedger
{
    Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default);

    /// <summary>The contract's incidents, newest first; empty when the contract is not the account's partner's.</summary>
    Task<IReadOnlyList<Incident>> GetHistoryAsync(Account account, string contractKey, CancellationToken cancellationToken = default);
}
