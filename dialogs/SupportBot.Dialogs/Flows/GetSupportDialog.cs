using Microsoft.Bot.Builder;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Routing;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Identity;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Recognizers;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// "I need support": on-premises or cloud, then where and how to open the incident (or why it can't be opened
/// and what to do instead), then optionally logs it here too. The contract card's "Log an incident" button
/// goes straight to logging, once the contract is known to be the user's partner's.
/// </summary>
public sealed class GetSupportDialog : SupportFlowDialog
{
    private const string ScopePromptId = "scopePrompt";
    private const string LogPromptId = "logPrompt";
    private const string ContractKeyValue = "contractKey";

    private readonly IAccountResolver _accounts;
    private readonly ISupportRoutingService _routing;
    private readonly SupportRouteReplies _routeReplies;
    private readonly IncidentLoggingDialog _logging;
    private readonly ContractCardLogging _cardLogging;

    public GetSupportDialog(
        IAccountResolver accounts,
        ISupportRoutingService routing,
        SupportRouteReplies routeReplies,
        IncidentLoggingDialog logging,
        ContractCardLogging cardLogging)
        : base(nameof(GetSupportDialog))
    {
        _cardLogging = cardLogging;
        _accounts = accounts;
        _routing = routing;
        _routeReplies = routeReplies;
        _logging = logging;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskScopeStepAsync, ShowRouteStepAsync, StartLoggingStepAsync, FinishStepAsync]));
        AddDialog(new ChoicePrompt(ScopePromptId));
        AddDialog(new ConfirmPrompt(LogPromptId));
        AddDialog(logging);
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override SupportIntent Intent => SupportIntent.GetSupport;

    private async Task<DialogTurnResult> AskScopeStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var context = stepContext.Context;
        var account = await _accounts.ResolveOrExplainAsync(context, cancellationToken);
        if (account is null)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        if (ContractCardSubmit.From(context.Activity) is { } submit && TextNormalizer.AreEquivalent(submit.Reply, MenuReplies.LogIncident))
        {
            return await LogOnCardContractAsync(stepContext, account, submit.ContractKey, cancellationToken);
        }

        if (SupportScopeChoices.FromText(UserInput.GetText(context.Activity)) is { } named)
        {
            return await stepContext.NextAsync(named.ToString(), cancellationToken);
        }

        return await stepContext.PromptAsync(
            ScopePromptId,
            new PromptOptions
            {
                Prompt = MessageFactory.Text(SupportStrings.ScopePrompt),
                RetryPrompt = MessageFactory.Text(SupportStrings.ScopeRetry),
                Help = MessageFactory.Text(SupportStrings.ScopeHelp),
                Choices = SupportScopeChoices.All(),
            },
            cancellationToken);
    }

    private async Task<DialogTurnResult> ShowRouteStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var scopeValue = stepContext.Result switch
        {
            FoundChoice choice => choice.Value,
            string value => value,
            _ => null,
        };
        var account = await _accounts.ResolveAsync(stepContext.Context, cancellationToken);
        if (account is null || !Enum.TryParse<SupportScope>(scopeValue, out var scope))
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        PrivateReplies.Begin(stepContext.Context);
        var facts = await _routing.GetRoutesAsync(account, cancellationToken);
        var route = facts.For(scope);
        await _routeReplies.SendAsync(stepContext.Context, facts, route, cancellationToken);
        if (!route.IsAvailable || route.Contract is null)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        if (SharedConversation.IsShared(stepContext.Context.Activity))
        {
            // The case's title and product are not for a shared conversation: logging starts from the card in the personal chat.
            await _cardLogging.SendCardToLogFromAsync(stepContext.Context, account, route.Contract, cancellationToken);
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        stepContext.Values[ContractKeyValue] = route.Contract.Contract.Key;
        return await stepContext.PromptAsync(
            LogPromptId,
            new PromptOptions
            {
                Prompt = MessageFactory.Text(SupportStrings.ConfirmLog),
                RetryPrompt = MessageFactory.Text(SupportStrings.ConfirmRetry),
                Help = MessageFactory.Text(SupportStrings.ConfirmHelp),
            },
            cancellationToken);
    }

    private async Task<DialogTurnResult> StartLoggingStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is not true || stepContext.Values[ContractKeyValue] is not string contractKey)
        {
            await stepContext.Context.SendActivityAsync(SupportStrings.NotLogged, cancellationToken: cancellationToken);
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        // The yes is the request to log: its activity keys the booking, so a retried delivery books once.
        var options = new IncidentLoggingOptions(contractKey, IncidentLoggingOptions.RequestKeyOf(stepContext.Context));
        return await stepContext.BeginDialogAsync(_logging.Id, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        => await stepContext.EndDialogAsync(stepContext.Result, cancellationToken);

    private async Task<DialogTurnResult> LogOnCardContractAsync(WaterfallStepContext stepContext, Account account, string contractKey, CancellationToken cancellationToken)
    {
        var context = stepContext.Context;
        PrivateReplies.Begin(context);
        var summary = await _cardLogging.FindOwnAsync(context, account, contractKey, cancellationToken);
        if (summary is not null && SharedConversation.IsShared(context.Activity))
        {
            await _cardLogging.SendCardToLogFromAsync(context, account, summary, cancellationToken);
        }

        if (summary is null || SharedConversation.IsShared(context.Activity))
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        _cardLogging.MarkStarted(context, account, summary);
        var options = new IncidentLoggingOptions(contractKey, IncidentLoggingOptions.RequestKeyOf(context));
        return await stepContext.ReplaceDialogAsync(_logging.Id, options, cancellationToken);
    }
}
