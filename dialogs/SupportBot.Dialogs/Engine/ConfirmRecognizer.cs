using System.Text.RegularExpressions;
using EnglishChoices = Microsoft.Recognizers.Definitions.English.ChoiceDefinitions;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Reads yes or no in English (the Microsoft.Recognizers patterns, emoji included) or Turkish, whatever the
/// UI language, on text folded by <see cref="TextNormalizer.Fold"/> so "Hayır" and "hayir" are the same.
/// A yes inside a longer no ("ok" in "not ok") does not count; an answer with both a yes and a no is not recognized.
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
        var yes = Matches(YesPatterns, folded);
        var no = Matches(NoPatterns, folded);
        var saysYes = yes.Any(match => !no.Any(other => Contains(other, match)));
        var saysNo = no.Any(match => !yes.Any(other => Contains(other, match)));
        return saysYes == saysNo ? null : saysYes;
    }

    private static List<Match> Matches(Regex[] patterns, string text)
        => [.. patterns.SelectMany(pattern => pattern.Matches(text)).Where(match => match.Length > 0)];

    private static bool Contains(Match outer, Match inner)
        => outer.Length > inner.Length && outer.Index <= inner.Index && outer.Index + outer.Length >= inner.Index + inner.Length;
}
