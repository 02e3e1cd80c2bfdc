using Microsoft.Data.Sqlite;

namespace SupportBot.Benefits.Storage;

/// <summary>
/// BEGIN IMMEDIATE takes the write lock up front, so two writers never both read a count and then
/// both try to upgrade (which SQLite would answer with SQLITE_BUSY mid-transaction). Disposing without
/// a commit rolls back.
/// </summary>
internal sealed class ImmediateTransaction : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private bool _finished;

    private ImmediateTransaction(SqliteConnection connection) => _connection = connection;

    public static async Task<ImmediateTransaction> BeginAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("BEGIN IMMEDIATE;", cancellationToken);
        return new ImmediateTransaction(connection);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _connection.ExecuteAsync("COMMIT;", cancellationToken);
        _finished = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        try
        {
            await _connection.ExecuteAsync("ROLLBACK;", CancellationToken.None);
        }
        catch (SqliteException)
        {
            // SQLite may already have rolled back on its own (for example after a failed COMMIT).
        }
    }
}
