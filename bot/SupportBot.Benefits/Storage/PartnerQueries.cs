using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Storage;

internal static class PartnerQueries
{
    public static async Task<Partner?> FindPartnerAsync(this SqliteConnection connection, string partnerId, CancellationToken cancellationToken)
    {
        var memberships = await connection.QueryAsync(
            "SELECT offer, competency, is_active FROM benefits_memberships WHERE partner_id = $id ORDER BY rowid",
            reader => new Membership(reader.Enum<MembershipOffer>("offer"), reader.NullableText("competency"), reader.Long("is_active") != 0),
            cancellationToken,
            ("$id", partnerId));

        return await connection.QuerySingleOrDefaultAsync(
            "SELECT id, name, activated_at FROM benefits_partners WHERE id = $id",
            reader => new Partner(reader.Text("id"), reader.Text("name"), memberships, reader.GetNullableInstant("activated_at")),
            cancellationToken,
            ("$id", partnerId));
    }

    public static async Task<bool> HasAnyPartnerAsync(this SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ScalarLongAsync("SELECT EXISTS (SELECT 1 FROM benefits_partners)", cancellationToken) != 0;
}
