using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.DataImport;

/// <summary>An import adds data and never overwrites it: every identifier the file introduces must be new to the store.</summary>
internal static class ExistingDataChecks
{
    public static async Task<IReadOnlyList<DataProblem>> RunAsync(
        SqliteConnection connection,
        IReadOnlyList<(UniqueKey Kind, string Key, string Path)> identifiers,
        CancellationToken cancellationToken)
    {
        var problems = new List<DataProblem>();
        foreach (var (kind, key, path) in identifiers)
        {
            if (await ExistsAsync(connection, kind, key, cancellationToken))
            {
                problems.Add(new DataProblem(path, $"the {UniqueKeys.Describe(kind)} is already in the store; an import only adds data"));
            }
        }

        return problems;
    }

    private static async Task<bool> ExistsAsync(SqliteConnection connection, UniqueKey kind, string key, CancellationToken cancellationToken)
    {
        var sql = kind switch
        {
            UniqueKey.PartnerId => "SELECT EXISTS (SELECT 1 FROM benefits_partners WHERE id = $key)",
            UniqueKey.SignInName => "SELECT EXISTS (SELECT 1 FROM benefits_accounts WHERE sign_in_name = $key)",
            UniqueKey.EntraIdentity => "SELECT EXISTS (SELECT 1 FROM benefits_accounts WHERE entra_tenant_id || '/' || entra_object_id = $key COLLATE NOCASE)",
            UniqueKey.ContractKey => "SELECT EXISTS (SELECT 1 FROM benefits_contracts WHERE key = $key)",
            UniqueKey.ActivityId => "SELECT EXISTS (SELECT 1 FROM benefits_incidents WHERE activity_id = $key)",
            _ => "SELECT EXISTS (SELECT 1 FROM benefits_entitlement_rows WHERE effective_from = $key)",
        };
        return await connection.ScalarLongAsync(sql, cancellationToken, ("$key", key)) != 0;
    }
}
