using Microsoft.Bot.Builder;
using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Ledger;
using SupportBot.Benefits.Model;
using SupportBot.Cards;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Resources;
using ContractStatus = SupportBot.Benefits.Model.ContractStatus;

namespace SupportBot.Dialogs.Flows;

/// <summary>What the user reads after a booking: the incidents left and the confirmation card, or why it was refused.</summary>
public sealed class IncidentOutcomeReplies
{
    private readonly IContractService _contracts;
    private readonly CardFactory _cards;

    public IncidentOutcomeReplies(IContractService contracts, CardFactory cards)
    {
        _contracts = contracts;
        _cards = cards;
    }

    /// <summary>
    /// Confirms a booked incident; <paramref name="template"/> says whether it was booked now or before. The
    /// incidents left are <paramref name="remaining"/>, the figure the ledger gave for this booking: reading the
    /// contract again would show other bookings made in the meantime.
    /// </summary>
    public async Task SendBookedAsync(ITurnContext context, Account account, Incident incident, int? remaining, string template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(incident);
        if (await FindAsync(account, incident.ContractKey, cancellationToken) is not { } current)
        {
            await context.SendActivityAsync(ContractStrings.NotYourContract, cancellationToken: cancellationToken);
            return;
        }

        var summary = AsBooked(current, remaining);

        var contract = summary.Contract;
        var card = new IncidentConfirmationCardData(
            SupportStrings.ConfirmationTitle,
            new LabeledValue(SupportStrings.ContractLabel, $"{ContractFormat.BenefitName(contract)} ({contract.ContractId.Masked})"),
            new LabeledValue(SupportStrings.ProductLabel, incident.Product),
            new LabeledValue(SupportStrings.TitleLabel, incident.Title),
            new LabeledValue(SupportStrings.SeverityLabel, SeverityChoices.Label(incident.Severity)),
            new LabeledValue(SupportStrings.OpenedAtLabel, incident.OpenedAt.UtcDateTime.ToString(SupportStrings.OpenedAtFormat, FlowMessages.Culture)),
            new LabeledValue(SupportStrings.IncidentsLeftLabel, ContractFormat.Left(contract)),
            new SubmitButton(Strings.MenuButton, MenuReplies.Menu));
        var text = ContractFormat.Format(template, IncidentsLeftSentence.For(summary));
        await context.SendActivityAsync(MessageFactory.Attachment(_cards.Create(card), text), cancellationToken);
    }

    public async Task SendRefusedAsync(ITurnContext context, Account account, string contractKey, BookingRefusal reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var contract = (await FindAsync(account, contractKey, cancellationToken))?.Contract;
        var reply = (reason, contract) switch
        {
            (BookingRefusal.Expired, { } expired) => FlowMessages.WithPlansCard(_cards, ContractFormat.Sentence(
                SupportStrings.Expired, ContractFormat.ScopeName(expired.Scope), ContractFormat.Date(expired.EndsOn))),
            (BookingRefusal.UsedUp, { } usedUp) => FlowMessages.WithPlansCard(_cards, ContractFormat.Sentence(
                SupportStrings.UsedUp, ContractFormat.BenefitName(usedUp), ContractFormat.Number(usedUp.Allowance ?? 0))),
            (BookingRefusal.NotActive, _) => MessageFactory.Text(SupportStrings.RefusedNotActive),
            (BookingRefusal.UnknownAccount, _) => MessageFactory.Text(Strings.UnknownUser),
            _ => MessageFactory.Text(ContractStrings.NotYourContract),
        };
        await context.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>The contract as this booking left it: its count and, where the count decides it, its status.</summary>
    private static ContractSummary AsBooked(ContractSummary current, int? remaining)
    {
        if (current.Contract.Allowance is not { } allowance || remaining is not { } left)
        {
            return current;
        }

        var status = current.Status is ContractStatus.Active or ContractStatus.UsedUp
            ? (left == 0 ? ContractStatus.UsedUp : ContractStatus.Active)
            : current.Status;
        return current with { Contract = current.Contract with { Used = allowance - left }, Status = status };
    }

    private async Task<ContractSummary?> FindAsync(Account account, string contractKey, CancellationToken cancellationToken)
        => (await _contracts.GetContractsAsync(account, 0, cancellationToken))
            .FirstOrDefault(summary => summary.Contract.Key == contractKey);
}
