using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Storage;

internal static class IncidentQueries
{
    private const string Columns = "id, contract_key, sign_in_name, scope, product, title, severity, opened_at, activity_id";

    /// <summary>The history of a contract, newest first; <paramref name="limit"/> null returns all of it.</summary>
    public static Task<IReadOnlyList<Incident>> IncidentsOfContractAsync(this SqliteConnection connection, string contractKey, int? limit, CancellationToken cancellationToken) =>
        connection.QueryAsync(
            $"SELECT {Columns} FROM benefits_incidents WHERE contract_key = $key ORDER BY id DESC LIMIT $limit",
            Read,
            cancellationToken,
            ("$key", contractKey),
            ("$limit", limit ?? -1));

    public static Task<Incident?> FindByActivityAsync(this SqliteConnection connection, string activityId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync(
            $"SELECT {Columns} FROM benefits_incidents WHERE activity_id = $activity",
            Read,
            cancellationToken,
            ("$activity", activityId));

    public static Task<Incident?> FindIncidentAsync(this SqliteConnection connection, long id, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync(
            $"SELECT {Columns} FROM benefits_incidents WHERE id = $id",
            Read,
            cancellationToken,
            ("$id", id));

    private static Incident Read(SqliteDataReader reader) =>
        new(
            reader.Long("id"),
            reader.Text("contract_key"),
            reader.Text("sign_in_name"),
            reader.Enum<SupportScope>("scope"),
            reader.Text("product"),
            reader.Text("title"),
            reader.Enum<IncidentSeverity>("severity"),
            reader.GetInstant("opened_at"),
            reader.NullableText("activity_id"));
}
