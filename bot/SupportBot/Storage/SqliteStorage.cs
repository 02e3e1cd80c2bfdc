using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace SupportBot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on SQLite, honouring the ETag contract: a write whose ETag is
/// stale fails with <see cref="ETagConflictException"/>, <c>*</c> or no ETag overwrites, and every
/// write stores a new ETag. All changes of one <see cref="WriteAsync"/> commit together or not at all.
/// Every write stamps the row's <c>touched_at</c> with the injected clock, for retention.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteStorage(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        using var connection = _database.Open();
        BotStateTable.EnsureCreated(connection, time.GetUtcNow());
    }

    public SqliteDatabase Database => _database;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return Task.FromResult<IDictionary<string, object>>(items);
        }

        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM bot_state WHERE key = $key;";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            keyParameter.Value = key;
            if (command.ExecuteScalar() is string document)
            {
                var value = StateJsonSerializer.Deserialize(document);
                if (value is not null)
                {
                    items[key] = value;
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(items);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var documents = StateDocument.FromChanges(changes!);
        await InWriteTransactionAsync(connection => WriteDocuments(connection, documents), cancellationToken);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await InWriteTransactionAsync(
            connection =>
            {
                foreach (var key in keys)
                {
                    BotStateTable.Delete(connection, key);
                }

                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction (BEGIN IMMEDIATE, behind the process's write gate)
    /// and commits when it returns true; false, or an exception, rolls everything back.
    /// </summary>
    public async Task<bool> InWriteTransactionAsync(Func<SqliteConnection, bool> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            using var connection = _database.Open();

            // BEGIN IMMEDIATE takes the write lock up front, so an ETag check and the write cannot interleave
            // with another writer's.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (!work(connection))
            {
                return false;
            }

            transaction.Commit();
            return true;
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    /// <summary>Writes (or, for a null document, deletes) each item on <paramref name="connection"/>, in the caller's transaction.</summary>
    public bool WriteDocuments(SqliteConnection connection, IEnumerable<(string Key, StateDocument? Document)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var now = _time.GetUtcNow();
        foreach (var (key, document) in documents)
        {
            BotStateTable.Write(connection, key, document, now);
        }

        return true;
    }

    /// <summary>Answers whether the database can be read and written, for the health endpoint.</summary>
    public bool IsHealthy()
    {
        try
        {
            using var connection = _database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM bot_state;";
            command.ExecuteScalar();
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
