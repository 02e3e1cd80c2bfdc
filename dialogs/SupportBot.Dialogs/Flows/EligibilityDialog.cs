using Microsoft.Bot.Schema;
using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Eligibility;
using SupportBot.Cards;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Identity;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Recognizers;
using SupportBot.Dialogs.Resources;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// "Am I eligible?": answers with the check that matters most (MPN association, membership, activation),
/// then shows every check with its reason and fix and what the company is entitled to, on a card.
/// </summary>
public sealed class EligibilityDialog : SupportFlowDialog
{
    private readonly IAccountResolver _accounts;
    private readonly IEligibilityService _eligibility;
    private readonly IAccountDirectory _directory;
    private readonly CardFactory _cards;

    public EligibilityDialog(IAccountResolver accounts, IEligibilityService eligibility, IAccountDirectory directory, CardFactory cards)
        : base(nameof(EligibilityDialog))
    {
        _accounts = accounts;
        _eligibility = eligibility;
        _directory = directory;
        _cards = cards;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [CheckEligibilityStepAsync]));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override SupportIntent Intent => SupportIntent.CheckEligibility;

    private async Task<DialogTurnResult> CheckEligibilityStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var context = stepContext.Context;
        PrivateReplies.Begin(context);
        var account = await _accounts.ResolveOrExplainAsync(context, cancellationToken);
        if (account is null)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        var report = await _eligibility.CheckAsync(account, cancellationToken);
        var activators = await _directory.ListActivatorsAsync(account.PartnerId, cancellationToken);
        await context.SendActivityAsync(EligibilityAnswer.For(report, activators), cancellationToken: cancellationToken);

        var card = _cards.Create(EligibilityCardBuilder.Build(report, activators));
        await context.SendActivityAsync(FlowMessages.Cards(EligibilityAnswer.Note(report), [card], NextSteps(report)), cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }

    private static CardAction[] NextSteps(EligibilityReport report)
    {
        var fix = report.Check(EligibilityCheckKind.Activation).Fix;
        return fix switch
        {
            EligibilityFix.ActivateBenefits => [FlowMessages.Button(Strings.MenuActivate, MenuReplies.Activate), FlowMessages.MenuButton],
            EligibilityFix.GetMembershipOrSupportPlan => [FlowMessages.Button(Strings.MenuPlans, MenuReplies.Plans), FlowMessages.MenuButton],
            _ when report.IsActivated => [FlowMessages.Button(Strings.MenuSupport, MenuReplies.Support), FlowMessages.MenuButton],
            _ => [FlowMessages.MenuButton],
        };
    }
}
