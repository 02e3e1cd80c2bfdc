using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>Runs a root dialog for one turn, as Microsoft.Bot.Builder.Dialogs' DialogExtensions.RunAsync does.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the dialog stack kept in <paramref name="accessor"/> or, when it is empty, begins
    /// <paramref name="dialog"/>. Unlike the SDK it returns the turn's result, so the host can react to a
    /// <see cref="PromptAttemptsExhausted"/>. State is not saved here; the host saves it once per turn.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor);
        dialogSet.Add(dialog);

        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
        }

        return result;
    }
}
