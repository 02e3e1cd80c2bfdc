using Microsoft.Bot.Builder;
using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Advice;
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
/// Azure's misleading "This Access ID is already associated to an account": quotes it, then says which case
/// applies to this user (already linked, hidden as expired or used up, no cloud support, ...). When the data
/// cannot tell, asks which contract was entered and whether it was linked before, then decides again.
/// </summary>
public sealed class AccessIdErrorDialog : SupportFlowDialog
{
    private const string AskContractValue = "askContract";
    private const string AskLinkedValue = "askLinked";
    private const string ContractValue = "contract";

    private readonly IAccountResolver _accounts;
    private readonly IAccessIdAdvisor _advisor;
    private readonly IAccountDirectory _directory;
    private readonly CardFactory _cards;

    public AccessIdErrorDialog(IAccountResolver accounts, IAccessIdAdvisor advisor, IAccountDirectory directory, CardFactory cards)
        : base(nameof(AccessIdErrorDialog))
    {
        _accounts = accounts;
        _advisor = advisor;
        _directory = directory;
        _cards = cards;
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        AddDialog(new WaterfallDialog(
            nameof(WaterfallDialog),
            [ExplainErrorStepAsync, AskContractStepAsync, AskLinkedBeforeStepAsync, AdviseWithAnswersStepAsync]));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override SupportIntent Intent => SupportIntent.AccessIdAlreadyAssociated;

    private async Task<DialogTurnResult> ExplainErrorStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var account = await _accounts.ResolveOrExplainAsync(stepContext.Context, cancellationToken);
        if (account is null)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        await stepContext.Context.SendActivityAsync(AccessIdStrings.PortalQuote, cancellationToken: cancellationToken);
        var advice = await _advisor.AdviseAsync(account, AccessIdAnswers.None, cancellationToken);
        if (advice is AccessIdAdvice.NeedsAnswers needs)
        {
            stepContext.Values[AskContractValue] = needs.Questions.Contains(AccessIdQuestion.WhichContractWasEntered);
            stepContext.Values[AskLinkedValue] = needs.Questions.Contains(AccessIdQuestion.LinkedBeforeWithThisAccount);
            return await stepContext.NextAsync(null, cancellationToken);
        }

        return await ExplainAsync(stepContext, advice, cancellationToken);
    }

    private async Task<DialogTurnResult> AskContractStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (!IsSet(stepContext, AskContractValue))
        {
            return await stepContext.NextAsync(null, cancellationToken);
        }

        var company = await CompanyAsync(stepContext.Context, cancellationToken);
        return await stepContext.PromptAsync(nameof(ChoicePrompt), AccessIdQuestions.ContractChoice(company), cancellationToken);
    }

    private async Task<DialogTurnResult> AskLinkedBeforeStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is FoundChoice choice)
        {
            stepContext.Values[ContractValue] = choice.Index;
        }

        if (!IsSet(stepContext, AskLinkedValue))
        {
            return await stepContext.NextAsync(null, cancellationToken);
        }

        var account = await _accounts.ResolveAsync(stepContext.Context, cancellationToken);
        var options = AccessIdQuestions.LinkedBefore(account?.SignInName ?? string.Empty);
        return await stepContext.PromptAsync(nameof(ConfirmPrompt), options, cancellationToken);
    }

    private async Task<DialogTurnResult> AdviseWithAnswersStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var account = await _accounts.ResolveOrExplainAsync(stepContext.Context, cancellationToken);
        if (account is null)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        SupportBenefit? entered = stepContext.Values.TryGetValue(ContractValue, out var index) && index is int position
            ? AccessIdQuestions.ContractOrder[position]
            : null;
        var answers = new AccessIdAnswers(stepContext.Result as bool?, entered);
        var advice = await _advisor.AdviseAsync(account, answers, cancellationToken);
        return await ExplainAsync(stepContext, advice, cancellationToken);
    }

    private async Task<DialogTurnResult> ExplainAsync(WaterfallStepContext stepContext, AccessIdAdvice advice, CancellationToken cancellationToken)
    {
        PrivateReplies.Begin(stepContext.Context);
        var company = await CompanyAsync(stepContext.Context, cancellationToken);
        await stepContext.Context.SendActivityAsync(AccessIdExplanation.For(advice, company, _cards), cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }

    private async Task<string> CompanyAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var account = await _accounts.ResolveAsync(context, cancellationToken);
        var partner = account is null ? null : await _directory.FindPartnerAsync(account.PartnerId, cancellationToken);
        return partner?.Name ?? string.Empty;
    }

    private static bool IsSet(WaterfallStepContext stepContext, string key)
        => stepContext.Values.TryGetValue(key, out var value) && value is true;
}
