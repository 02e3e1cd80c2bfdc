using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using SupportBot.Benefits.Activation;
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
/// "Activate our benefits": only a Global admin or MPN partner admin may, after a yes/no confirmation; a
/// pending request is shown instead of a second one, and active benefits show their contracts.
/// </summary>
public sealed class ActivationDialog : SupportFlowDialog
{
    private const string CompanyValue = "company";

    private readonly IAccountResolver _accounts;
    private readonly IEligibilityService _eligibility;
    private readonly IActivationService _activation;
    private readonly CardFactory _cards;
    private readonly ILogger<ActivationDialog> _logger;

    public ActivationDialog(
        IAccountResolver accounts,
        IEligibilityService eligibility,
        IActivationService activation,
        CardFactory cards,
        ILogger<ActivationDialog> logger)
        : base(nameof(ActivationDialog))
    {
        _accounts = accounts;
        _eligibility = eligibility;
        _activation = activation;
        _cards = cards;
        _logger = logger;
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ConfirmActivationStepAsync, RequestActivationStepAsync]));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override SupportIntent Intent => SupportIntent.ActivateBenefits;

    private async Task<DialogTurnResult> ConfirmActivationStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var account = await _accounts.ResolveOrExplainAsync(stepContext.Context, cancellationToken);
        if (account is null)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        var report = await _eligibility.CheckAsync(account, cancellationToken);
        var company = report.Partner.Name;
        stepContext.Values[CompanyValue] = company;
        if (report.Check(EligibilityCheckKind.Activation).Fix != EligibilityFix.ActivateBenefits)
        {
            // Refused, pending or active: asking records nothing, it only says which.
            return await RequestAndReplyAsync(stepContext, cancellationToken);
        }

        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text(FlowMessages.Format(ActivationStrings.ConfirmPrompt, company)),
            RetryPrompt = MessageFactory.Text(FlowMessages.Format(ActivationStrings.ConfirmRetry, company)),
            Help = MessageFactory.Text(FlowMessages.Format(ActivationStrings.ConfirmHelp, company)),
        };
        return await stepContext.PromptAsync(nameof(ConfirmPrompt), options, cancellationToken);
    }

    private async Task<DialogTurnResult> RequestActivationStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is not true)
        {
            await stepContext.Context.SendActivityAsync(FlowMessages.Text(ActivationStrings.Declined, FlowMessages.MenuButton), cancellationToken);
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        return await RequestAndReplyAsync(stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RequestAndReplyAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        PrivateReplies.Begin(stepContext.Context);
        var account = await _accounts.ResolveOrExplainAsync(stepContext.Context, cancellationToken);
        if (account is null)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        var result = await _activation.RequestActivationAsync(account, cancellationToken);
        if (result is ActivationResult.Requested requested)
        {
            ActivationLog.ActivationRequested(_logger, requested.Request.Id, requested.Request.PartnerId);
        }

        var company = stepContext.Values[CompanyValue] is string name ? name : string.Empty;
        await stepContext.Context.SendActivityAsync(ActivationReplies.For(result, account, company, _cards), cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }
}
