namespace SupportBot.Dialogs.Engine;

/// <summary>What a prompt's recognizer made of the user's answer.</summary>
public class PromptRecognizerResult<T>
{
    /// <summary>Whether a value was recognized.</summary>
    public bool Succeeded { get; set; }

    /// <summary>The recognized value, when <see cref="Succeeded"/>.</summary>
    public T? Value { get; set; }
}
