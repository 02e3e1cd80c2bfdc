namespace SupportBot.Dialogs.Engine;

/// <summary>The choice a <see cref="ChoicePrompt"/> recognized.</summary>
public class FoundChoice
{
    /// <summary>The <see cref="Choice.Value"/> of the recognized choice.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Its zero-based position in the list of choices.</summary>
    public int Index { get; set; }

    /// <summary>How much of the choice the answer covered, from 0 to 1 (1 for an exact, ordinal or number match).</summary>
    public float Score { get; set; }

    /// <summary>The value, title or synonym that matched, when the match was by text.</summary>
    public string? Synonym { get; set; }
}
