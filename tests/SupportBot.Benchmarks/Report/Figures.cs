using System.Globalization;

namespace SupportBot.Benchmarks.Report;

/// <summary>How numbers are written in the report: invariant culture, "-" where nothing was measured.</summary>
public static class Figures
{
    public const string NotMeasured = "-";

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Milliseconds(double? value)
        => value is { } number && !double.IsNaN(number) ? number.ToString("0.00", CultureInfo.InvariantCulture) : NotMeasured;

    public static string Milliseconds(TimeSpan? value) => Milliseconds(value?.TotalMilliseconds);

    public static string Rate(double? value)
        => value is { } number && !double.IsNaN(number) ? number.ToString("N1", CultureInfo.InvariantCulture) : NotMeasured;

    public static string Bytes(double? value)
        => value is { } number && !double.IsNaN(number) ? number.ToString("N0", CultureInfo.InvariantCulture) : NotMeasured;

    public static string Megabytes(double? value)
        => value is { } number ? number.ToString("0.0", CultureInfo.InvariantCulture) : NotMeasured;

    public static string Ratio(double? value)
        => value is { } number && double.IsFinite(number) ? number.ToString("0.00", CultureInfo.InvariantCulture) + "x" : NotMeasured;

    public static string Percent(double? value)
        => value is { } number && double.IsFinite(number) ? (number * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : NotMeasured;
}
