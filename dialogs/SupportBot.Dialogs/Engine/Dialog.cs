using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// The base of every dialog, with the same members and defaults as Microsoft.Bot.Builder.Dialogs.Dialog:
/// a dialog that does not override continue or resume simply ends, passing the result on.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result a dialog returns when it is waiting for the user's next activity.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    /// <summary>The id of the dialog, unique within its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>Starts the dialog; it has just been pushed onto the stack of <paramref name="dc"/>.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Continues the active dialog with the user's new activity.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Resumes the dialog after the child dialog it started ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the dialog to send its question again.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Called when the dialog is removed from the stack, for the given reason.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;
}
