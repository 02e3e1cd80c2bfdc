using Microsoft.Bot.Builder;
using SupportBot.Benefits.Ledger;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Identity;
using SupportBot.Dialogs.Resources;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// Logs one incident on a contract the caller has already checked: product, short title, severity, then books it
/// in the ledger under the request's key and confirms with the incidents left. Started with
/// <see cref="IncidentLoggingOptions"/> by <see cref="GetSupportDialog"/>.
/// </summary>
public sealed class IncidentLoggingDialog : ComponentDialog
{
    /// <summary>The longest product name the ledger is given.</summary>
    public const int MaxProductLength = 100;

    /// <summary>The longest incident title the ledger is given.</summary>
    public const int MaxTitleLength = 200;

    private const string ProductPromptId = "productPrompt";
    private const string TitlePromptId = "titlePrompt";
    private const string SeverityPromptId = "severityPrompt";
    private const string ProductValue = "product";

    private readonly IAccountResolver _accounts;
    private readonly IIncidentLedger _ledger;
    private readonly IncidentOutcomeReplies _outcomes;

    public IncidentLoggingDialog(IAccountResolver accounts, IIncidentLedger ledger, IncidentOutcomeReplies outcomes)
        : base(nameof(IncidentLoggingDialog))
    {
        _accounts = accounts;
        _ledger = ledger;
        _outcomes = outcomes;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskProductStepAsync, AskTitleStepAsync, AskSeverityStepAsync, BookIncidentStepAsync]));
        AddDialog(new TextPrompt(ProductPromptId, (prompt, _) => Task.FromResult(IsShortText(prompt.Recognized, MaxProductLength))));
        AddDialog(new TextPrompt(TitlePromptId, (prompt, _) => Task.FromResult(IsShortText(prompt.Recognized, MaxTitleLength))));
        AddDialog(new ChoicePrompt(SeverityPromptId));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private static async Task<DialogTurnResult> AskProductStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        => await stepContext.PromptAsync(
            ProductPromptId,
            Options(SupportStrings.ProductPrompt, SupportStrings.ProductRetry, SupportStrings.ProductHelp),
            cancellationToken);

    private static async Task<DialogTurnResult> AskTitleStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        stepContext.Values[ProductValue] = ((string)stepContext.Result!).Trim();
        return await stepContext.PromptAsync(
            TitlePromptId,
            Options(SupportStrings.TitlePrompt, SupportStrings.TitleRetry, SupportStrings.TitleHelp),
            cancellationToken);
    }

    private static async Task<DialogTurnResult> AskSeverityStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        stepContext.Values[nameof(BookingRequest.Title)] = ((string)stepContext.Result!).Trim();
        var options = Options(SupportStrings.SeverityPrompt, SupportStrings.SeverityRetry, SupportStrings.SeverityHelp);
        options.Choices = SeverityChoices.All();
        return await stepContext.PromptAsync(SeverityPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> BookIncidentStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var context = stepContext.Context;
        PrivateReplies.Begin(context);
        var account = await _accounts.ResolveAsync(context, cancellationToken);
        if (account is null || stepContext.Options is not IncidentLoggingOptions options || stepContext.Result is not FoundChoice severity)
        {
            await context.SendActivityAsync(Strings.UnknownUser, cancellationToken: cancellationToken);
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        var request = new BookingRequest(
            options.ContractKey,
            account.SignInName,
            (string)stepContext.Values[ProductValue],
            (string)stepContext.Values[nameof(BookingRequest.Title)],
            Enum.Parse<IncidentSeverity>(severity.Value),
            options.RequestKey);
        var result = await _ledger.BookAsync(request, cancellationToken);
        switch (result)
        {
            case BookingResult.Booked booked:
                await _outcomes.SendBookedAsync(context, account, booked.Incident, booked.Remaining, SupportStrings.Booked, cancellationToken);
                break;
            case BookingResult.Duplicate duplicate:
                await _outcomes.SendBookedAsync(context, account, duplicate.Original, duplicate.Remaining, SupportStrings.Duplicate, cancellationToken);
                break;
            case BookingResult.Refused refused:
                await _outcomes.SendRefusedAsync(context, account, options.ContractKey, refused.Reason, cancellationToken);
                break;
        }

        return await stepContext.EndDialogAsync(result, cancellationToken);
    }

    private static bool IsShortText(PromptRecognizerResult<string> recognized, int maxLength)
        => recognized.Succeeded && recognized.Value is { } text && text.Trim().Length is > 0 and var length && length <= maxLength;

    private static PromptOptions Options(string prompt, string retry, string help) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = MessageFactory.Text(retry),
        Help = MessageFactory.Text(help),
    };
}
