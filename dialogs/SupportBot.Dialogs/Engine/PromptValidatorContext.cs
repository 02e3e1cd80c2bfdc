using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// What a <see cref="PromptValidator{T}"/> sees: the recognized value, the options, the number of answers so far,
/// and the turn itself (so a card submit's other fields are reachable through <c>Context.Activity.Value</c>).
/// </summary>
public class PromptValidatorContext<T>
{
    private const string AttemptCountKey = "attemptCount";

    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object> state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    /// <summary>The turn being processed.</summary>
    public ITurnContext Context { get; }

    /// <summary>What the prompt's recognizer made of the answer.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's state; validators may keep their own entries here.</summary>
    public IDictionary<string, object> State { get; }

    /// <summary>The options the prompt was started with.</summary>
    public PromptOptions Options { get; }

    /// <summary>How many answers the prompt has received, this one included.</summary>
    public int AttemptCount => StateValue.ReadInt(State, AttemptCountKey);

    internal static void SetAttemptCount(IDictionary<string, object> state, int count) => state[AttemptCountKey] = count;
}
