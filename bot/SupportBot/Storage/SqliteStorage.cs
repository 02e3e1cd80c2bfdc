using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on SQLite, honouring the ETag contract: a write whose ETag is
/// stale fails with <see cref="ETagConflictException"/>, <c>*</c> or no ETag overwrites, and every
/// write stores a new ETag. All changes of one <see cref="WriteAsync"/> commit together or not at all.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    private const string ETagProperty = "ETag";
    private readonly SqliteDatabase _database;

    public SqliteStorage(SqliteDatabase database)
    {
        _database = database;
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY NOT NULL, etag TEXT NOT NULL, document TEXT NOT NULL) WITHOUT ROWID;";
        command.ExecuteNonQuery();
    }

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

        // Serialized before taking the write lock, so the lock is held for the SQL alone.
        var documents = changes.Select(change => (change.Key, Document: change.Value is null ? null : ToDocument(change.Value))).ToList();
        await _database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            using var connection = _database.Open();
            using var transaction = BeginImmediate(connection);
            foreach (var (key, document) in documents)
            {
                WriteOne(connection, key, document);
            }

            transaction.Commit();
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            using var connection = _database.Open();
            using var transaction = BeginImmediate(connection);
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM bot_state WHERE key = $key;";
            var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
            foreach (var key in keys)
            {
                keyParameter.Value = key;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        finally
        {
            _database.WriteGate.Release();
        }
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

    // BEGIN IMMEDIATE takes the write lock up front, so the ETag check and the write cannot interleave
    // with another writer's.
    private static SqliteTransaction BeginImmediate(SqliteConnection connection)
        => connection.BeginTransaction(deferred: false);

    private static StoredDocument ToDocument(object value)
    {
        var newETag = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        if (value is not IStoreItem and not JObject)
        {
            // Bot state (a property bag) carries no ETag of its own: written as it is.
            return new StoredDocument(StateJsonSerializer.Serialize(value), newETag, null);
        }

        var document = JObject.Parse(StateJsonSerializer.Serialize(value));
        document[ETagProperty] = newETag;
        return new StoredDocument(document.ToString(Formatting.None), newETag, ExpectedETag(value));
    }

    private static void WriteOne(SqliteConnection connection, string key, StoredDocument? stored)
    {
        if (stored is null)
        {
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM bot_state WHERE key = $key;";
            delete.Parameters.AddWithValue("$key", key);
            delete.ExecuteNonQuery();
            return;
        }

        var (json, newETag, expectedETag) = stored;
        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$etag", newETag);
        command.Parameters.AddWithValue("$document", json);
        if (expectedETag is null or "*")
        {
            command.CommandText =
                "INSERT INTO bot_state (key, etag, document) VALUES ($key, $etag, $document) " +
                "ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, document = excluded.document;";
            command.ExecuteNonQuery();
            return;
        }

        command.CommandText = "UPDATE bot_state SET etag = $etag, document = $document WHERE key = $key AND etag = $expected;";
        command.Parameters.AddWithValue("$expected", expectedETag);
        if (command.ExecuteNonQuery() == 1)
        {
            return;
        }

        // Nothing matched: either the item changed since it was read (a conflict), or it does not exist
        // yet, in which case the ETag guards nothing and the item is created.
        command.CommandText = "INSERT INTO bot_state (key, etag, document) VALUES ($key, $etag, $document) ON CONFLICT(key) DO NOTHING;";
        if (command.ExecuteNonQuery() == 0)
        {
            throw new ETagConflictException(key);
        }
    }

    private static string? ExpectedETag(object value) => value switch
    {
        IStoreItem item => item.ETag,
        JObject json => json.Value<string>(ETagProperty) ?? json.Value<string>("eTag"),
        _ => null,
    };

    private sealed record StoredDocument(string Json, string NewETag, string? ExpectedETag);
}
