using System.Globalization;
using Microsoft.Recognizers.Text;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// The language prompts recognize and render in: the current UI culture, which the host sets per turn
/// from the user's choice. Turkish for "tr", English for anything else.
/// </summary>
internal static class PromptCulture
{
    private static readonly CultureInfo TurkishFormat = CultureInfo.GetCultureInfo("tr-TR");

    public static bool IsTurkish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "tr";

    /// <summary>The Microsoft.Recognizers.Text culture code.</summary>
    public static string Recognizers => IsTurkish ? Culture.Turkish : Culture.English;

    /// <summary>The number format of the recognizers' resolved values ("1,5" in Turkish, "1.5" in English).</summary>
    public static CultureInfo NumberFormat => IsTurkish ? TurkishFormat : CultureInfo.InvariantCulture;

    /// <summary>The input as the recognizers of the current language expect it.</summary>
    public static string PrepareForRecognizers(string text) => IsTurkish ? TurkishNumberWords.RestoreDiacritics(text) : text;
}
