using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SupportBot.Benefits.Storage;

/// <summary>How values are written to and read from the text columns: invariant, sortable, UTC.</summary>
internal static class SqliteValues
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string InstantFormat = "yyyy-MM-ddTHH:mm:ss.fffffffZ";

    public static string ToDb(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string ToDb(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static string? ToDb(DateTimeOffset? instant) => instant is { } value ? ToDb(value) : null;

    public static DateOnly GetDate(this SqliteDataReader reader, string column) =>
        DateOnly.ParseExact(reader.GetString(reader.GetOrdinal(column)), DateFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset GetInstant(this SqliteDataReader reader, string column) =>
        DateTimeOffset.ParseExact(
            reader.GetString(reader.GetOrdinal(column)),
            InstantFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? GetNullableInstant(this SqliteDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetInstant(column);

    public static string Text(this SqliteDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static string? NullableText(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static long Long(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static int? NullableInt(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
    }

    public static TEnum Enum<TEnum>(this SqliteDataReader reader, string column)
        where TEnum : struct, Enum =>
        System.Enum.Parse<TEnum>(reader.Text(column));
}
