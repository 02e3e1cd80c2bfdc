using SupportBot.Benefits.Storage;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.Storage;

public sealed class BenefitsSchemaTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EnsureCreated_Tables_AllPrefixedBenefits()
    {
        await using var connection = await _host.OpenAsync();

        var tables = await connection.QueryAsync(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            reader => reader.GetString(0),
            CancellationToken.None);

        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.StartsWith("benefits_", table, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnsureCreated_Database_UsesWriteAheadLog()
    {
        await using var connection = await _host.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    [Fact]
    public async Task EnsureCreated_BesideHostBotStateTable_LeavesItAlone()
    {
        await using (var connection = await _host.OpenAsync())
        {
            await connection.ExecuteAsync("CREATE TABLE bot_state (id TEXT PRIMARY KEY, document TEXT); INSERT INTO bot_state VALUES ('c1', '{}');", CancellationToken.None);
        }

        await _host.Services.InitializeBenefitsAsync();

        Assert.Equal(1, await _host.CountAsync("bot_state"));
        Assert.Equal(8, await _host.CountAsync("benefits_accounts"));
    }

    [Fact]
    public async Task Ledger_UsedAboveAllowance_IsRejectedByCheckConstraint()
    {
        await using var connection = await _host.OpenAsync();

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
            connection.ExecuteAsync("UPDATE benefits_contracts SET used = allowance + 1 WHERE key = 'contoso-product-support'", CancellationToken.None));
    }
}
