using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Recognizers;

/// <summary>
/// The one place free text becomes an intent. Tolerant of case, punctuation and Turkish typed
/// without diacritics, because it compares the normalized forms of the message and the phrases.
/// </summary>
public sealed class IntentRecognizer
{
    private readonly IReadOnlyList<(SupportIntent Intent, string[] Phrases)> _commands = Normalize(IntentPhrases.Commands);
    private readonly IReadOnlyList<(SupportIntent Intent, string[] Phrases)> _flows = Normalize(IntentPhrases.Flows);
    private readonly string[] _filler = [.. IntentPhrases.Filler.Select(TextNormalizer.Normalize).OrderByDescending(phrase => phrase.Length)];

    /// <summary>A command that is the whole message (help, cancel, menu, language...), else <see cref="SupportIntent.None"/>.</summary>
    public SupportIntent RecognizeCommand(string? text)
    {
        var message = StripFiller(TextNormalizer.Normalize(text ?? string.Empty));
        if (message.Length == 0)
        {
            return SupportIntent.None;
        }

        foreach (var (intent, phrases) in _commands)
        {
            if (phrases.Contains(message, StringComparer.Ordinal))
            {
                return intent;
            }
        }

        return SupportIntent.None;
    }

    /// <summary>The command or flow the message asks for; <see cref="SupportIntent.None"/> when nothing matches.</summary>
    public SupportIntent Recognize(string? text)
    {
        var command = RecognizeCommand(text);
        if (command != SupportIntent.None)
        {
            return command;
        }

        var padded = $" {TextNormalizer.Normalize(text ?? string.Empty)} ";
        foreach (var (intent, phrases) in _flows)
        {
            if (phrases.Any(phrase => padded.Contains($" {phrase} ", StringComparison.Ordinal)))
            {
                return intent;
            }
        }

        return SupportIntent.None;
    }

    private static IReadOnlyList<(SupportIntent Intent, string[] Phrases)> Normalize(
        IReadOnlyList<(SupportIntent Intent, string[] Phrases)> table)
        => [.. table.Select(entry => (entry.Intent, entry.Phrases.Select(TextNormalizer.Normalize).Distinct().ToArray()))];

    private string StripFiller(string message)
    {
        var changed = true;
        while (changed && message.Length > 0)
        {
            changed = false;
            foreach (var filler in _filler)
            {
                if (message == filler)
                {
                    return message;
                }

                if (message.StartsWith(filler + " ", StringComparison.Ordinal))
                {
                    message = message[(filler.Length + 1)..];
                    changed = true;
                }
                else if (message.EndsWith(" " + filler, StringComparison.Ordinal))
                {
                    message = message[..^(filler.Length + 1)];
                    changed = true;
                }
            }
        }

        return message;
    }
}
