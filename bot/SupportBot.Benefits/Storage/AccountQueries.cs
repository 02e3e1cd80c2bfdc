using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Storage;

internal static class AccountQueries
{
    private const string Columns = "sign_in_name, display_name, roles, association, partner_id, entra_tenant_id, entra_object_id";

    public static Task<Account?> FindBySignInNameAsync(this SqliteConnection connection, string signInName, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync(
            $"SELECT {Columns} FROM benefits_accounts WHERE sign_in_name = $name",
            Read,
            cancellationToken,
            ("$name", signInName.Trim()));

    public static Task<Account?> FindByEntraAsync(this SqliteConnection connection, EntraIdentity identity, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync(
            $"SELECT {Columns} FROM benefits_accounts WHERE entra_tenant_id = $tenant AND entra_object_id = $object",
            Read,
            cancellationToken,
            ("$tenant", identity.TenantId.ToString("D")),
            ("$object", identity.ObjectId.ToString("D")));

    public static Task<IReadOnlyList<Account>> ListAsync(this SqliteConnection connection, string? partnerId, CancellationToken cancellationToken) =>
        connection.QueryAsync(
            $"SELECT {Columns} FROM benefits_accounts WHERE $partner IS NULL OR partner_id = $partner ORDER BY partner_id, sign_in_name",
            Read,
            cancellationToken,
            ("$partner", partnerId));

    private static Account Read(SqliteDataReader reader)
    {
        var tenant = reader.NullableText("entra_tenant_id");
        var objectId = reader.NullableText("entra_object_id");
        var entra = tenant is not null && objectId is not null ? new EntraIdentity(Guid.Parse(tenant), Guid.Parse(objectId)) : null;
        return new Account(
            reader.Text("sign_in_name"),
            reader.Text("display_name"),
            (AccountRoles)reader.Long("roles"),
            reader.Enum<Association>("association"),
            reader.Text("partner_id"),
            entra);
    }
}
