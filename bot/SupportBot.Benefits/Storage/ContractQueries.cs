using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Storage;

internal static class ContractQueries
{
    private const string Columns = "key, partner_id, benefit, pack_name, access_id, contract_id, allowance, used, starts_on, ends_on";

    public static Task<IReadOnlyList<Contract>> ContractsOfPartnerAsync(this SqliteConnection connection, string partnerId, CancellationToken cancellationToken) =>
        connection.QueryAsync(
            $"SELECT {Columns} FROM benefits_contracts WHERE partner_id = $partner ORDER BY benefit, starts_on, key",
            Read,
            cancellationToken,
            ("$partner", partnerId));

    public static Task<Contract?> FindContractAsync(this SqliteConnection connection, string key, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync(
            $"SELECT {Columns} FROM benefits_contracts WHERE key = $key",
            Read,
            cancellationToken,
            ("$key", key));

    public static Task<IReadOnlyList<ContractLink>> LinksOfPartnerAsync(this SqliteConnection connection, string partnerId, CancellationToken cancellationToken) =>
        connection.QueryAsync(
            """
            SELECT l.contract_key, l.sign_in_name, l.portal, l.linked_at
            FROM benefits_contract_links l JOIN benefits_contracts c ON c.key = l.contract_key
            WHERE c.partner_id = $partner ORDER BY l.linked_at
            """,
            reader => new ContractLink(
                reader.Text("contract_key"),
                reader.Text("sign_in_name"),
                reader.Enum<SupportPortal>("portal"),
                reader.GetInstant("linked_at")),
            cancellationToken,
            ("$partner", partnerId));

    private static Contract Read(SqliteDataReader reader) =>
        new(
            reader.Text("key"),
            reader.Text("partner_id"),
            reader.Enum<SupportBenefit>("benefit"),
            reader.NullableText("pack_name"),
            new SupportSecret(reader.Text("access_id")),
            new SupportSecret(reader.Text("contract_id")),
            reader.NullableInt("allowance"),
            (int)reader.Long("used"),
            reader.GetDate("starts_on"),
            reader.GetDate("ends_on"));
}
