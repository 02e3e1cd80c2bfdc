using System.Globalization;
using System.Text;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// The one way SupportBot compares what people type with what it expects: case-insensitive, punctuation
/// ignored, and Turkish typed without diacritics equal to Turkish typed with them
/// (ı→i, İ→i, ş→s, ğ→g, ü→u, ö→o, ç→c; other accents are dropped too).
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Lower case, without diacritics, every run of punctuation or white space turned into one space, trimmed:
    /// "  Hayır, TEŞEKKÜRLER! " becomes "hayir tesekkurler".
    /// </summary>
    public static string Normalize(string? text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var character in folded)
        {
            if (char.IsLetterOrDigit(character))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(character);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower case and without diacritics, punctuation kept: "Evet 👍!" becomes "evet 👍!".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // The dotless ı and the dotted İ have no decomposition to strip, so they are mapped first.
        var lower = text.Replace('ı', 'i').Replace('İ', 'i').ToLowerInvariant();
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(character);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of <see cref="Normalize"/>.</summary>
    public static string[] Tokenize(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 ? [] : normalized.Split(' ');
    }

    /// <summary>Whether two texts are equal once normalized ("Türkçe" and "turkce" are).</summary>
    public static bool AreEquivalent(string? left, string? right)
        => string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);
}
