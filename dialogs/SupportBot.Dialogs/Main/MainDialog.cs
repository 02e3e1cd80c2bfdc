using System.Globalization;
using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Recognizers;
using SupportBot.Dialogs.Resources;
using SupportBot.Dialogs.State;

namespace SupportBot.Dialogs.Main;

/// <summary>
/// The root dialog. A new message is routed, by card or by free text, to the flow it asks for; while a
/// flow is running, the commands that work at every step (help, cancel, menu, start over, language)
/// are handled here, above every flow and prompt.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private readonly IntentRecognizer _recognizer;
    private readonly MainMenu _menu;
    private readonly LanguagePreference _languagePreference;
    private readonly Dictionary<SupportIntent, string> _flowIds;

    public MainDialog(
        IntentRecognizer recognizer,
        MainMenu menu,
        LanguagePreference languagePreference,
        IEnumerable<SupportFlowDialog> flows)
        : base(nameof(MainDialog))
    {
        _recognizer = recognizer;
        _menu = menu;
        _languagePreference = languagePreference;

        var flowIds = new Dictionary<SupportIntent, string>();
        foreach (var flow in flows)
        {
            AddDialog(flow);
            flowIds[flow.Intent] = flow.Id;
        }

        _flowIds = flowIds;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [RouteMessageStepAsync, FinishStepAsync]));
        InitialDialogId = nameof(WaterfallDialog);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var command = _recognizer.RecognizeCommand(UserInput.GetText(innerDc.Context.Activity));
        switch (command)
        {
            case SupportIntent.Help:
                var help = innerDc.GetActivePromptOptions()?.Help;
                await innerDc.Context.SendActivityAsync(help ?? MessageFactory.Text(Strings.HelpAtPrompt), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;

            case SupportIntent.Cancel:
                await innerDc.Context.SendActivityAsync(Strings.Cancelled, cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);

            case SupportIntent.Menu:
            case SupportIntent.StartOver:
            case SupportIntent.Greeting:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await innerDc.Context.SendActivityAsync(Strings.StartingOver, cancellationToken: cancellationToken);
                await _menu.SendMenuAsync(innerDc.Context, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);

            case SupportIntent.SwitchToEnglish:
            case SupportIntent.SwitchToTurkish:
                // Set here, not in a helper: a culture set inside an awaited method does not flow back.
                TurnCulture.Apply(await SaveLanguageAsync(innerDc.Context, command, cancellationToken));
                await innerDc.Context.SendActivityAsync(Strings.LanguageSwitched, cancellationToken: cancellationToken);
                return await innerDc.ReplayActiveStepAsync(cancellationToken);

            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> RouteMessageStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var context = stepContext.Context;
        var intent = _recognizer.Recognize(UserInput.GetText(context.Activity));
        if (_flowIds.TryGetValue(intent, out var flowId))
        {
            return await stepContext.BeginDialogAsync(flowId, null, cancellationToken);
        }

        switch (intent)
        {
            case SupportIntent.Greeting:
                await context.SendActivityAsync(Strings.Greeting, cancellationToken: cancellationToken);
                break;
            case SupportIntent.Help:
                await context.SendActivityAsync(Strings.HelpGeneral, cancellationToken: cancellationToken);
                break;
            case SupportIntent.Cancel:
                await context.SendActivityAsync(Strings.Cancelled, cancellationToken: cancellationToken);
                return await stepContext.EndDialogAsync(null, cancellationToken);
            case SupportIntent.StartOver:
                await context.SendActivityAsync(Strings.StartingOver, cancellationToken: cancellationToken);
                break;
            case SupportIntent.SwitchToEnglish:
            case SupportIntent.SwitchToTurkish:
                TurnCulture.Apply(await SaveLanguageAsync(context, intent, cancellationToken));
                await context.SendActivityAsync(Strings.LanguageSwitched, cancellationToken: cancellationToken);
                break;
            case SupportIntent.Menu:
                break;
            default:
                await context.SendActivityAsync(Strings.NotUnderstood, cancellationToken: cancellationToken);
                break;
        }

        await _menu.SendMenuAsync(context, cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        => await stepContext.EndDialogAsync(stepContext.Result, cancellationToken);

    private async Task<CultureInfo> SaveLanguageAsync(ITurnContext context, SupportIntent command, CancellationToken cancellationToken)
    {
        var culture = command == SupportIntent.SwitchToTurkish ? SupportedLanguages.Turkish : SupportedLanguages.English;
        await _languagePreference.ChooseAsync(context, culture, cancellationToken);
        return culture;
    }
}
