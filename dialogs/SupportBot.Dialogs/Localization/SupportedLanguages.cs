using System.Globalization;

namespace SupportBot.Dialogs.Localization;

/// <summary>The languages SupportBot speaks, and how a locale tag maps to one of them.</summary>
public static class SupportedLanguages
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo Turkish { get; } = CultureInfo.GetCultureInfo("tr-TR");

    /// <summary>The supported culture for a locale tag such as "tr", "tr-TR" or "en-GB"; null when unsupported or empty.</summary>
    public static CultureInfo? FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var language = tag.Split('-', '_')[0].Trim();
        if (language.Equals("tr", StringComparison.OrdinalIgnoreCase))
        {
            return Turkish;
        }

        return language.Equals("en", StringComparison.OrdinalIgnoreCase) ? English : null;
    }

    /// <summary>True when the current UI culture is Turkish.</summary>
    public static bool IsTurkish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "tr";
}
