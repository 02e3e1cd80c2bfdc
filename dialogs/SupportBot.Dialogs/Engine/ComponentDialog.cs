using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// A dialog made of other dialogs, run on an inner stack hidden from its parent, as in
/// Microsoft.Bot.Builder.Dialogs. Override <see cref="OnContinueDialogAsync"/> to handle interruptions
/// (help, cancel, language) above every inner dialog, as CoreBot's CancelAndHelpDialog does.
/// </summary>
public class ComponentDialog : DialogContainer
{
    /// <summary>The key of the inner stack in this dialog's instance state.</summary>
    public const string PersistedDialogState = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog started first; defaults to the first dialog added.</summary>
    public string? InitialDialogId { get; set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateChildContext(dc);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return await EndIfInnerStackEndedAsync(dc, turnResult, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateChildContext(dc);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken);
        return await EndIfInnerStackEndedAsync(dc, turnResult, cancellationToken);
    }

    /// <summary>
    /// Inner dialogs never end into the component's parent's stack, so a resume means something was pushed
    /// above the component and has ended: ask the inner stack to prompt again.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerDc(turnContext, instance);
        await innerDc.RepromptDialogAsync(cancellationToken);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = CreateInnerDc(turnContext, instance);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    /// <summary>Adds an inner dialog; the first one added becomes <see cref="InitialDialogId"/> unless set.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override DialogContext CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("The component is not on the stack of this context.");
        return new DialogContext(Dialogs, dc, InnerState(instance));
    }

    internal async Task<DialogTurnResult> ReplayActiveStepAsync(DialogContext outerDc, CancellationToken cancellationToken)
    {
        var innerDc = CreateChildContext(outerDc);
        var turnResult = await innerDc.ReplayActiveStepAsync(cancellationToken);
        return await EndIfInnerStackEndedAsync(outerDc, turnResult, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initialDialogId = InitialDialogId
            ?? throw new InvalidOperationException($"The component dialog '{Id}' has no dialogs to start.");
        return innerDc.BeginDialogAsync(initialDialogId, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Ends the component with the inner stack's result, resuming the dialog below it.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private static DialogState InnerState(DialogInstance instance)
    {
        if (instance.State.TryGetValue(PersistedDialogState, out var stored) && stored is DialogState state)
        {
            return state;
        }

        state = new DialogState();
        instance.State[PersistedDialogState] = state;
        return state;
    }

    private async Task<DialogTurnResult> EndIfInnerStackEndedAsync(DialogContext outerDc, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        switch (turnResult.Status)
        {
            case DialogTurnStatus.Waiting:
                return EndOfTurn;
            case DialogTurnStatus.Cancelled:
                // Cancellation travels up unchanged (the SDK does the same), so the host sees why the stack ended.
                await EndComponentAsync(outerDc, turnResult.Result, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled, turnResult.Result);
            default:
                return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken);
        }
    }

    private DialogContext CreateInnerDc(ITurnContext turnContext, DialogInstance instance)
        => new(Dialogs, turnContext, InnerState(instance));
}
