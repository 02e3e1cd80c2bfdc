using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// One option of a <see cref="ChoicePrompt"/>. <see cref="Value"/> is what the dialog gets back; the button
/// shows <see cref="Action"/> (title and value) when set, else the value. The user may type the value,
/// the button's title or any synonym.
/// </summary>
public class Choice
{
    public Choice()
    {
    }

    public Choice(string value)
    {
        Value = value;
    }

    /// <summary>The value returned in <see cref="FoundChoice.Value"/>.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The button to show instead of a plain one labelled <see cref="Value"/>.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Other words that select this choice.</summary>
    public IList<string>? Synonyms { get; set; }
}
