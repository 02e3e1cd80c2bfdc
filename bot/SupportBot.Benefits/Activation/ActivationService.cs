using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.Activation;

internal sealed class ActivationService(BenefitsDatabase database, IAccountDirectory directory, TimeProvider time) : IActivationService
{
    public async Task<ActivationResult> RequestActivationAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (Refusal(account) is { } roleRefusal)
        {
            return await RefuseAsync(roleRefusal, account, cancellationToken);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await ImmediateTransaction.BeginAsync(connection, cancellationToken);
        var partner = await connection.FindPartnerAsync(account.PartnerId, cancellationToken);
        if (partner is null || !partner.HasActiveMembership)
        {
            return await RefuseAsync(ActivationRefusal.NoActiveMembership, account, cancellationToken);
        }

        if (partner.IsActivated)
        {
            var contracts = await connection.ContractSummariesAsync(partner.Id, time.Today(), 0, cancellationToken);
            return new ActivationResult.AlreadyActive(contracts);
        }

        if (await connection.PendingActivationAsync(partner.Id, cancellationToken) is { } pending)
        {
            return new ActivationResult.AlreadyPending(pending);
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO benefits_activation_requests (partner_id, requested_by, requested_at, status)
            VALUES ($partner, $by, $at, 'Pending')
            """,
            cancellationToken,
            ("$partner", partner.Id),
            ("$by", account.SignInName),
            ("$at", SqliteValues.ToDb(time.GetUtcNow())));
        var created = await connection.PendingActivationAsync(partner.Id, cancellationToken)
            ?? throw new InvalidOperationException("The activation request just written was not found.");
        await transaction.CommitAsync(cancellationToken);
        return new ActivationResult.Requested(created);
    }

    private static ActivationRefusal? Refusal(Account account) =>
        !account.IsMpnAssociated ? ActivationRefusal.NotMpnAssociated
        : !account.CanActivate ? ActivationRefusal.RoleNotAllowed
        : null;

    private async Task<ActivationResult> RefuseAsync(ActivationRefusal reason, Account account, CancellationToken cancellationToken) =>
        new ActivationResult.Refused(reason, await directory.ListActivatorsAsync(account.PartnerId, cancellationToken));
}
