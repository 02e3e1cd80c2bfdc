using System.Text.RegularExpressions;
using EnglishChoices = Microsoft.Recognizers.Definitions.English.ChoiceDefinitions;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Reads yes or no in English (the Microsoft.Recognizers patterns, emoji included) or Turkish, whatever the
/// UI language, on text folded by <see cref="TextNormalizer.Fold"/> so "Hayır" and "hayir" are the same.
/// When both a yes and a no appear, the longer phrase wins ("not ok" is no); a tie is not recognized.
/// </summary>
internal static class ConfirmRecognizer
{
    private const string TurkishYes = @"\b(evet|e|tamam|olur|peki)\b";
    private const string TurkishNo = @"\b(hayir|yok|istemiyorum)\b";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex[] YesPatterns = [new(EnglishChoices.TrueRegex, Options, Timeout), new(TurkishYes, Options, Timeout)];
    private static readonly Regex[] NoPatterns = [new(EnglishChoices.FalseRegex, Options, Timeout), new(TurkishNo, Options, Timeout)];

    public static bool? Recognize(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var yes = LongestMatch(YesPatterns, folded);
        var no = LongestMatch(NoPatterns, folded);
        if (yes == no)
        {
            return null;
        }

        return yes > no;
    }

    private static int LongestMatch(Regex[] patterns, string text)
        => patterns.SelectMany(pattern => pattern.Matches(text)).Select(match => match.Length).DefaultIfEmpty(0).Max();
}
