namespace SupportBot.Dialogs.Engine;

/// <summary>
/// The context a <see cref="WaterfallStep"/> runs in: a <see cref="DialogContext"/> over the waterfall's stack,
/// plus the step's index, the waterfall's options and values, and the result of the previous step.
/// </summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parentWaterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parentWaterfall, DialogContext dc, object? options, IDictionary<string, object> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, dc.StackState)
    {
        _parentWaterfall = parentWaterfall;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The zero-based index of this step.</summary>
    public int Index { get; }

    /// <summary>The options the waterfall was started with.</summary>
    public object? Options { get; }

    /// <summary>Why this step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The result of the previous step (a prompt's answer, a child dialog's result, or the user's text).</summary>
    public object? Result { get; }

    /// <summary>Values shared by all steps of this waterfall run; kept in state with their types.</summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>Skips to the next step, passing it <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_parentWaterfall.Id}'.");
        }

        _nextCalled = true;
        return await _parentWaterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
