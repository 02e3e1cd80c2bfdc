namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Turkish number words typed without diacritics ("on bes", "ucuncu") put back into the spelling the
/// Turkish number recognizer knows ("on beş", "üçüncü"). Other words are left as they are.
/// </summary>
internal static class TurkishNumberWords
{
    private static readonly string[] Words =
    [
        "sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz",
        "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan",
        "yüz", "bin", "milyon", "milyar", "buçuk", "yarım",
        "ilk", "birinci", "ikinci", "üçüncü", "dördüncü", "beşinci", "altıncı", "yedinci", "sekizinci",
        "dokuzuncu", "onuncu", "sonuncu",
    ];

    private static readonly Dictionary<string, string> ByFoldedSpelling =
        Words.ToDictionary(TextNormalizer.Normalize, word => word, StringComparer.Ordinal);

    public static string RestoreDiacritics(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (ByFoldedSpelling.TryGetValue(TextNormalizer.Normalize(words[i]), out var spelled))
            {
                words[i] = spelled;
            }
        }

        return string.Join(' ', words);
    }
}
