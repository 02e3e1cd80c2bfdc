using System.Globalization;
using System.Text.RegularExpressions;

namespace SupportBot.Benefits.DataImport;

/// <summary>
/// Dates in data files are absolute ("2021-03-04", "2024-05-01T10:00:00Z") or relative to the moment
/// of loading ("today-120d", "now-3h", "today+8m"), so the sample contracts stay current whenever they are loaded.
/// </summary>
internal static partial class RelativeTime
{
    public static bool TryParseDate(string text, DateTimeOffset now, out DateOnly day)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return true;
        }

        if (TryParseRelative(text, now, out var instant, allowHours: false))
        {
            day = DateOnly.FromDateTime(instant.UtcDateTime);
            return true;
        }

        return false;
    }

    public static bool TryParseInstant(string text, DateTimeOffset now, out DateTimeOffset instant)
    {
        if (Iso8601Instant().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out instant))
        {
            return true;
        }

        return TryParseRelative(text, now, out instant, allowHours: true);
    }

    private static bool TryParseRelative(string text, DateTimeOffset now, out DateTimeOffset instant, bool allowHours)
    {
        instant = default;
        var match = Relative().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var start = match.Groups["base"].Value == "now" ? now : new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        if (!match.Groups["amount"].Success)
        {
            instant = start;
            return true;
        }

        var amount = int.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["sign"].Value == "-")
        {
            amount = -amount;
        }

        switch (match.Groups["unit"].Value)
        {
            case "h" when allowHours:
                instant = start.AddHours(amount);
                return true;
            case "d":
                instant = start.AddDays(amount);
                return true;
            case "w":
                instant = start.AddDays(7 * amount);
                return true;
            case "m":
                instant = start.AddMonths(amount);
                return true;
            case "y":
                instant = start.AddYears(amount);
                return true;
            default:
                return false;
        }
    }

    [GeneratedRegex(@"^(?<base>today|now)(?:(?<sign>[+-])(?<amount>\d{1,4})(?<unit>[hdwmy]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso8601Instant();
}
