namespace SupportBot.Dialogs.Engine;

/// <summary>
/// A dialog that runs its steps in order, each step receiving the result of the one before, as in
/// Microsoft.Bot.Builder.Dialogs. It also remembers the input of the current step, so the step can be
/// replayed (see <see cref="DialogContextExtensions.ReplayActiveStepAsync"/>).
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepResultKey = "stepResult";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps is null ? [] : [.. steps];
    }

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = ActiveState(dc);
        SetOrRemove(state, OptionsKey, StateValue.Box(options));
        state[ValuesKey] = new WaterfallValues();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A step that returned EndOfTurn without a prompt gets the user's reply as its next step's result.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!UserInput.IsFromUser(dc.Context.Activity))
        {
            return EndOfTurn;
        }

        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, UserInput.GetText(dc.Context.Activity), cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = StateValue.ReadInt(ActiveState(dc), StepIndexKey);
        return await RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs the current step again with the options, values and result it had the first time.</summary>
    internal Task<DialogTurnResult> ReplayStepAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = ActiveState(dc);
        var result = StateValue.Unbox(state.TryGetValue(StepResultKey, out var stored) ? stored : null);
        return RunStepAsync(dc, StateValue.ReadInt(state, StepIndexKey), DialogReason.ReplaceCalled, result, cancellationToken);
    }

    /// <summary>Runs one step; override to wrap every step (logging, timing).</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private static IDictionary<string, object> ActiveState(DialogContext dc)
        => (dc.ActiveDialog ?? throw new InvalidOperationException("The waterfall is not on the stack of this context.")).State;

    private static void SetOrRemove(IDictionary<string, object> state, string key, object? value)
    {
        if (value is null)
        {
            state.Remove(key);
        }
        else
        {
            state[key] = value;
        }
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = ActiveState(dc);
        state[StepIndexKey] = index;
        SetOrRemove(state, StepResultKey, StateValue.Box(result));
        var options = StateValue.Unbox(state.TryGetValue(OptionsKey, out var stored) ? stored : null);
        var values = ((WaterfallValues)state[ValuesKey]).Items;
        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken);
    }
}
