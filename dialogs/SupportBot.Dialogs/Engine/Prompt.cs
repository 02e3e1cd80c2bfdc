using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// The base of every prompt, with the semantics of Microsoft.Bot.Builder.Dialogs' Prompt&lt;T&gt;: ask, recognize,
/// validate, retry; plus a retry limit (<see cref="PromptOptions.MaxAttempts"/>) so a prompt never loops.
/// </summary>
/// <typeparam name="T">The type of value the prompt returns to the dialog that started it.</typeparam>
public abstract class Prompt<T> : Dialog, IPromptDialog
{
    private const string PersistedOptions = "options";
    private const string PersistedState = "state";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"The prompt '{Id}' needs PromptOptions.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(promptOptions.MaxAttempts, 1, nameof(options));

        var promptState = new Dictionary<string, object>(StringComparer.Ordinal);
        PromptValidatorContext<T>.SetAttemptCount(promptState, 0);
        var instanceState = dc.ActiveDialog!.State;
        instanceState[PersistedOptions] = promptOptions;
        instanceState[PersistedState] = promptState;

        await OnPromptAsync(dc.Context, promptState, promptOptions, false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!UserInput.IsFromUser(dc.Context.Activity))
        {
            return EndOfTurn;
        }

        var (state, options) = Read(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var promptContext = new PromptValidatorContext<T>(dc.Context, recognized, state, options);
        PromptValidatorContext<T>.SetAttemptCount(state, promptContext.AttemptCount + 1);

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(promptContext, cancellationToken);
        if (isValid)
        {
            // A press on the question's own card: the card now shows the answer, its buttons disabled.
            if (UserInput.IsCardAction(dc.Context.Activity) && AnsweredCard(dc.Context, options, recognized.Value!) is { } answered)
            {
                CardUpdate.TryReplace(dc.Context, answered);
            }

            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (promptContext.AttemptCount >= options.MaxAttempts)
        {
            await dc.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Cancelled, new PromptAttemptsExhausted(Id));
        }

        // A validator that explained the problem itself has answered the turn already.
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>Something pushed above the prompt ended: ask again rather than end.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var (state, options) = Read(instance);
        await OnPromptAsync(turnContext, state, options, false, cancellationToken);
    }

    PromptOptions? IPromptDialog.GetOptions(DialogInstance instance)
        => instance.State.TryGetValue(PersistedOptions, out var options) ? options as PromptOptions : null;

    /// <summary>Sends the question (<paramref name="isRetry"/>: after an answer that could not be used).</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default);

    /// <summary>The question's card once answered with <paramref name="value"/>; null for prompts shown without a card.</summary>
    protected virtual Attachment? AnsweredCard(ITurnContext turnContext, PromptOptions options, T value) => null;

    /// <summary>Recognizes the value in the user's answer.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// A copy of the activity to send for this attempt (the retry prompt when there is one), or null when
    /// there is nothing to send. A copy, because sending stamps ids and addresses on the activity, and the
    /// options are persisted.
    /// </summary>
    protected static Activity? SelectPrompt(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (source is null)
        {
            return null;
        }

        var copy = ActivityCopy.Of(source);
        copy.InputHint ??= InputHints.ExpectingInput;
        return copy;
    }

    private static (IDictionary<string, object> State, PromptOptions Options) Read(DialogInstance instance)
    {
        var state = (IDictionary<string, object>)instance.State[PersistedState];
        var options = (PromptOptions)instance.State[PersistedOptions];
        return (state, options);
    }
}
