using System.Globalization;
using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>
/// The interruption base the host's main dialog is built like (CoreBot's CancelAndHelpDialog): "help" shows
/// the active prompt's help and asks again, "cancel" ends everything, "türkçe"/"english" switch the UI
/// language and replay the active step.
/// </summary>
internal sealed class CancelAndHelpDialog(string dialogId, Action<CultureInfo>? languageChosen = null) : ComponentDialog(dialogId)
{
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        switch (TextNormalizer.Normalize(UserInput.GetText(innerDc.Context.Activity)))
        {
            case "help":
                var help = innerDc.GetActivePromptOptions()?.Help;
                await innerDc.Context.SendActivityAsync(help ?? MessageFactory.Text("No help here."), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;

            case "cancel":
                await innerDc.Context.SendActivityAsync("Cancelling.", cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);

            case "turkce":
                return await SwitchLanguageAsync(innerDc, "tr-TR", cancellationToken);

            case "english":
                return await SwitchLanguageAsync(innerDc, "en-US", cancellationToken);

            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> SwitchLanguageAsync(DialogContext innerDc, string culture, CancellationToken cancellationToken)
    {
        var chosen = CultureInfo.GetCultureInfo(culture);
        languageChosen?.Invoke(chosen);
        CultureInfo.CurrentUICulture = chosen;
        return await innerDc.ReplayActiveStepAsync(cancellationToken);
    }
}
