using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Cards;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Identity;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Recognizers;
using SupportBot.Dialogs.Resources;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// "How many incidents do I have left?": one sentence with the figures, one contract card per contract, and
/// the Support for Business way of checking it. "Show full IDs" (typed, or the card's button) shows the
/// cards again with the full Access ID and Contract ID to admins only; a card naming a contract that is
/// not the user's partner's is refused and shows nothing.
/// </summary>
public sealed partial class ContractDetailsDialog : SupportFlowDialog
{
    private const int RecentIncidentCount = 3;

    private readonly IAccountResolver _accounts;
    private readonly IContractService _contracts;
    private readonly CardFactory _cards;
    private readonly AdminNames _adminNames;
    private readonly ILogger<ContractDetailsDialog> _logger;

    public ContractDetailsDialog(
        IAccountResolver accounts,
        IContractService contracts,
        CardFactory cards,
        AdminNames adminNames,
        ILogger<ContractDetailsDialog> logger)
        : base(nameof(ContractDetailsDialog))
    {
        _accounts = accounts;
        _contracts = contracts;
        _cards = cards;
        _adminNames = adminNames;
        _logger = logger;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ShowContractsStepAsync]));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override SupportIntent Intent => SupportIntent.IncidentsLeft;

    private async Task<DialogTurnResult> ShowContractsStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var context = stepContext.Context;
        PrivateReplies.Begin(context);
        var account = await _accounts.ResolveOrExplainAsync(context, cancellationToken);
        if (account is null)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        var contracts = await _contracts.GetContractsAsync(account, RecentIncidentCount, cancellationToken);
        var submit = ContractCardSubmit.From(context.Activity);
        var named = submit is null ? null : contracts.FirstOrDefault(summary => summary.Contract.Key == submit.ContractKey);
        if (submit is not null && named is null)
        {
            LogForeignContractRefused(_logger, account.SignInName);
            await context.SendActivityAsync(ContractStrings.NotYourContract, cancellationToken: cancellationToken);
        }
        else if (contracts.Count == 0)
        {
            await SendNoContractsAsync(context, cancellationToken);
        }
        else if (ContractCardSubmit.AsksForFullIds(UserInput.GetText(context.Activity)))
        {
            await ShowFullIdsAsync(context, account, named is null ? contracts : [named], cancellationToken);
        }
        else
        {
            await ShowIncidentsLeftAsync(context, account, contracts, cancellationToken);
        }

        return await stepContext.EndDialogAsync(null, cancellationToken);
    }

    private async Task ShowIncidentsLeftAsync(ITurnContext context, Account account, IReadOnlyList<ContractSummary> contracts, CancellationToken cancellationToken)
    {
        await context.SendActivityAsync(IncidentsLeftSentence.For(contracts), cancellationToken: cancellationToken);
        await SendCardsAsync(context, account, contracts, reveal: false, cancellationToken);
        await context.SendActivityAsync(ContractStrings.PortalRoute, cancellationToken: cancellationToken);
        if (contracts.Any(summary => !summary.IsUsable))
        {
            await context.SendActivityAsync(
                FlowMessages.Text(ContractStrings.NotUsableHint, FlowMessages.Button(Strings.MenuPlans, MenuReplies.Plans)),
                cancellationToken);
        }
    }

    private async Task ShowFullIdsAsync(ITurnContext context, Account account, IReadOnlyList<ContractSummary> contracts, CancellationToken cancellationToken)
    {
        if (!account.CanActivate)
        {
            var admins = await _adminNames.ForPartnerAsync(account.PartnerId, cancellationToken);
            await context.SendActivityAsync(ContractFormat.Format(ContractStrings.FullIdsRefused, admins), cancellationToken: cancellationToken);
            return;
        }

        LogFullIdsShown(_logger, account.SignInName, contracts.Count);
        if (contracts.Count == 1 && CardUpdate.TryReplace(context, _cards.Create(ContractCardBuilder.Build(contracts[0], account, reveal: true))))
        {
            // The pressed card itself now shows the IDs (a Universal Action in Teams).
            return;
        }

        await context.SendActivityAsync(ContractStrings.FullIdsShown, cancellationToken: cancellationToken);
        await SendCardsAsync(context, account, contracts, reveal: true, cancellationToken);
    }

    private async Task SendCardsAsync(ITurnContext context, Account account, IReadOnlyList<ContractSummary> contracts, bool reveal, CancellationToken cancellationToken)
    {
        foreach (var summary in contracts)
        {
            var card = _cards.Create(ContractCardBuilder.Build(summary, account, reveal));
            await context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
        }
    }

    private static async Task SendNoContractsAsync(ITurnContext context, CancellationToken cancellationToken)
        => await context.SendActivityAsync(
            FlowMessages.Text(
                ContractStrings.NoContracts,
                FlowMessages.Button(Strings.MenuEligibility, MenuReplies.Eligibility),
                FlowMessages.Button(Strings.MenuActivate, MenuReplies.Activate)),
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a contract card submit from {SignInName} naming a contract of another partner")]
    private static partial void LogForeignContractRefused(ILogger logger, string signInName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Showing full contract IDs to {SignInName} for {ContractCount} contracts")]
    private static partial void LogFullIdsShown(ILogger logger, string signInName, int contractCount);
}
