using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Storage;

internal static class ActivationQueries
{
    public static Task<ActivationRequest?> PendingActivationAsync(this SqliteConnection connection, string partnerId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync(
            "SELECT id, partner_id, requested_by, requested_at, status, completed_at FROM benefits_activation_requests WHERE partner_id = $partner AND status = 'Pending'",
            Read,
            cancellationToken,
            ("$partner", partnerId));

    private static ActivationRequest Read(SqliteDataReader reader) =>
        new(
            reader.Long("id"),
            reader.Text("partner_id"),
            reader.Text("requested_by"),
            reader.GetInstant("requested_at"),
            reader.Enum<ActivationRequestStatus>("status"),
            reader.GetNullableInstant("completed_at"));
}
