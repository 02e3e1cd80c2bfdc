namespace SupportBot.Dialogs.Engine;

/// <summary>What interruptions (help, language switch) need from a dialog stack; not part of the SDK.</summary>
public static class DialogContextExtensions
{
    /// <summary>
    /// The options of the prompt waiting at the innermost active dialog, looking through component dialogs,
    /// or null when no prompt is waiting. An interruption can send their <see cref="PromptOptions.Help"/>
    /// and then call <see cref="DialogContext.RepromptDialogAsync"/>.
    /// </summary>
    public static PromptOptions? GetActivePromptOptions(this DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innermost = dc;
        while (innermost.Child is { } child)
        {
            innermost = child;
        }

        var instance = innermost.ActiveDialog;
        return instance is not null && innermost.FindDialog(instance.Id) is IPromptDialog prompt
            ? prompt.GetOptions(instance)
            : null;
    }

    /// <summary>
    /// Removes the innermost waiting prompt and runs again the waterfall step that started it, with the same
    /// options, values and step result, so the step rebuilds its prompt (for example in a new UI culture).
    /// The prompt's attempt count starts again. When no waterfall step can be replayed the active dialog is
    /// reprompted instead. Component dialogs on the way end as usual if the replayed step ends their stack.
    /// </summary>
    public static async Task<DialogTurnResult> ReplayActiveStepAsync(this DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        switch (dc.FindDialog(instance.Id))
        {
            case ComponentDialog component:
                return await component.ReplayActiveStepAsync(dc, cancellationToken);

            case IPromptDialog when dc.Stack.Count > 1 && dc.FindDialog(dc.Stack[1].Id) is WaterfallDialog waterfall:
                await dc.EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
                return await waterfall.ReplayStepAsync(dc, cancellationToken);

            case WaterfallDialog waterfall:
                return await waterfall.ReplayStepAsync(dc, cancellationToken);

            default:
                await dc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
        }
    }
}
