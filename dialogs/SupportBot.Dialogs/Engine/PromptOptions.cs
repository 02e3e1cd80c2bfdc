using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// What a prompt asks and how, as in Microsoft.Bot.Builder.Dialogs, plus <see cref="Help"/> and
/// <see cref="MaxAttempts"/>. Kept in conversation state while the prompt waits.
/// </summary>
public class PromptOptions
{
    /// <summary>The number of failed answers after which a prompt gives up, unless set otherwise.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer was not recognized or not valid.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>How choices are shown; the prompt's own style when null.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Extra data for a custom validator.</summary>
    public object? Validations { get; set; }

    /// <summary>Help for this step, shown when the user asks for help while the prompt waits.</summary>
    public Activity? Help { get; set; }

    /// <summary>
    /// After this many unrecognized or invalid answers the prompt ends the whole dialog stack and the turn
    /// returns Cancelled with a <see cref="PromptAttemptsExhausted"/> result.
    /// </summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;
}
