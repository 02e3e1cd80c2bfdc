using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Runs the dialogs of one <see cref="DialogSet"/> over one dialog stack for the current turn, with the
/// same members and semantics as Microsoft.Bot.Builder.Dialogs.DialogContext.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        StackState = state;
    }

    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    /// <summary>The dialogs that can be started from this context (its parents' dialogs are found too).</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn being processed.</summary>
    public ITurnContext Context { get; }

    /// <summary>The dialog stack; index 0 is the active dialog.</summary>
    public List<DialogInstance> Stack => StackState.DialogStack;

    /// <summary>The context of the container dialog this context runs inside, if any.</summary>
    public DialogContext? Parent { get; set; }

    /// <summary>The dialog on top of the stack, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the active dialog's own stack, when the active dialog is a container.</summary>
    public DialogContext? Child
    {
        get
        {
            var instance = ActiveDialog;
            return instance is not null && FindDialog(instance.Id) is DialogContainer container
                ? container.CreateChildContext(this)
                : null;
        }
    }

    internal DialogState StackState { get; }

    /// <summary>Pushes the dialog with this id onto the stack and starts it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"The dialog '{dialogId}' was not found in this context or its parents.");

        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a prompt: <see cref="BeginDialogAsync"/> with typed options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the user's new activity to the active dialog; Empty when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await FindActiveDialog(instance).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);

        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await FindActiveDialog(instance).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog without resuming its parent and starts another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Cancels every dialog on this stack.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
        => CancelAllDialogsAsync(cancelParents: false, cancellationToken);

    /// <summary>Cancels every dialog on this stack and, with <paramref name="cancelParents"/>, on every parent's stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0 && Parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        for (var dc = this; dc is not null; dc = cancelParents ? dc.Parent : null)
        {
            while (dc.Stack.Count > 0)
            {
                await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
            }
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to send its question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is not null)
        {
            await FindActiveDialog(instance).RepromptDialogAsync(Context, instance, cancellationToken);
        }
    }

    /// <summary>The dialog with this id in this context's set or, failing that, in its parents'.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    internal async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        Stack.RemoveAt(0);
    }

    private Dialog FindActiveDialog(DialogInstance instance)
        => FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"The active dialog '{instance.Id}' is not in this context; was it removed from its DialogSet?");
}
