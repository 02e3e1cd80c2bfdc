using System.Globalization;
using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Storage;

internal static class EntitlementQueries
{
    public static async Task<EntitlementCatalog> EntitlementCatalogAsync(this SqliteConnection connection, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            "SELECT effective_from, offer, competencies, benefit, allowance_kind, allowance_count, pack_name FROM benefits_entitlement_rows ORDER BY effective_from",
            reader => (EffectiveFrom: reader.GetDate("effective_from"), Row: Read(reader)),
            cancellationToken);

        return new EntitlementCatalog(
            [.. rows.GroupBy(row => row.EffectiveFrom).Select(group => new EntitlementTable(group.Key, [.. group.Select(row => row.Row)]))]);
    }

    private static EntitlementRow Read(SqliteDataReader reader)
    {
        var kind = reader.Enum<AllowanceKind>("allowance_kind");
        var count = Convert.ToInt32(reader.Long("allowance_count"), CultureInfo.InvariantCulture);
        return new EntitlementRow(
            reader.Enum<MembershipOffer>("offer"),
            reader.Enum<CompetencyScope>("competencies"),
            reader.Enum<SupportBenefit>("benefit"),
            new Allowance(kind, count),
            reader.NullableText("pack_name"));
    }
}
