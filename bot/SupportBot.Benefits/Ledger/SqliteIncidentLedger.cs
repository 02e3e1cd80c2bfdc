using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.Ledger;

/// <summary>
/// Books under BEGIN IMMEDIATE, so the duplicate check, the status check, the count and the insert see
/// one consistent state; the conditional UPDATE, the CHECK on used and UNIQUE(activity_id) guard it again.
/// </summary>
internal sealed class SqliteIncidentLedger(BenefitsDatabase database, TimeProvider time) : IIncidentLedger
{
    public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ContractKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SignInName);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Product);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title);

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await ImmediateTransaction.BeginAsync(connection, cancellationToken);

        if (!string.IsNullOrEmpty(request.ActivityId)
            && await connection.FindByActivityAsync(request.ActivityId, cancellationToken) is { } original)
        {
            var ofOriginal = await connection.FindContractAsync(original.ContractKey, cancellationToken);
            return new BookingResult.Duplicate(original, ofOriginal?.Remaining);
        }

        var contract = await connection.FindContractAsync(request.ContractKey, cancellationToken);
        if (contract is null)
        {
            return new BookingResult.Refused(BookingRefusal.UnknownContract);
        }

        var account = await connection.FindBySignInNameAsync(request.SignInName, cancellationToken);
        if (Refusal(contract, account, time.Today()) is { } refusal)
        {
            return new BookingResult.Refused(refusal);
        }

        if (!await TryCountAsync(connection, contract.Key, cancellationToken))
        {
            return new BookingResult.Refused(BookingRefusal.UsedUp);
        }

        var incident = await InsertAsync(connection, request, contract, account!.SignInName, cancellationToken);
        await LinkAsync(connection, contract, account.SignInName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BookingResult.Booked(incident, contract.Remaining - 1);
    }

    public async Task<IReadOnlyList<Incident>> GetHistoryAsync(Account account, string contractKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await database.OpenAsync(cancellationToken);
        var contract = await connection.FindContractAsync(contractKey, cancellationToken);
        if (contract is null || contract.PartnerId != account.PartnerId)
        {
            return [];
        }

        return await connection.IncidentsOfContractAsync(contractKey, limit: null, cancellationToken);
    }

    private static BookingRefusal? Refusal(Contract contract, Account? account, DateOnly today)
    {
        if (account is null)
        {
            return BookingRefusal.UnknownAccount;
        }

        if (!string.Equals(account.PartnerId, contract.PartnerId, StringComparison.Ordinal))
        {
            return BookingRefusal.NotYourContract;
        }

        return contract.StatusOn(today) switch
        {
            ContractStatus.Expired => BookingRefusal.Expired,
            ContractStatus.NotStarted => BookingRefusal.NotActive,
            ContractStatus.UsedUp => BookingRefusal.UsedUp,
            _ => null,
        };
    }

    private static async Task<bool> TryCountAsync(SqliteConnection connection, string contractKey, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(
            "UPDATE benefits_contracts SET used = used + 1 WHERE key = $key AND (allowance IS NULL OR used < allowance)",
            cancellationToken,
            ("$key", contractKey)) == 1;

    private async Task<Incident> InsertAsync(
        SqliteConnection connection,
        BookingRequest request,
        Contract contract,
        string signInName,
        CancellationToken cancellationToken)
    {
        var id = await connection.ScalarLongAsync(
            """
            INSERT INTO benefits_incidents (contract_key, sign_in_name, scope, product, title, severity, opened_at, activity_id)
            VALUES ($contract, $account, $scope, $product, $title, $severity, $opened, $activity);
            SELECT last_insert_rowid();
            """,
            cancellationToken,
            ("$contract", contract.Key),
            ("$account", signInName),
            ("$scope", contract.Scope.ToString()),
            ("$product", request.Product),
            ("$title", request.Title),
            ("$severity", request.Severity.ToString()),
            ("$opened", SqliteValues.ToDb(time.GetUtcNow())),
            ("$activity", string.IsNullOrEmpty(request.ActivityId) ? null : request.ActivityId));
        return await connection.FindIncidentAsync(id, cancellationToken)
            ?? throw new InvalidOperationException("The incident just written was not found.");
    }

    /// <summary>Once used, a benefit stays associated with the account that used it.</summary>
    private async Task LinkAsync(SqliteConnection connection, Contract contract, string signInName, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(
            """
            INSERT OR IGNORE INTO benefits_contract_links (contract_key, sign_in_name, portal, linked_at)
            VALUES ($contract, $account, $portal, $at)
            """,
            cancellationToken,
            ("$contract", contract.Key),
            ("$account", signInName),
            ("$portal", contract.Benefit.Portal().ToString()),
            ("$at", SqliteValues.ToDb(time.GetUtcNow())));
}
