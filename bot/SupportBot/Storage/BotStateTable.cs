using Microsoft.Data.Sqlite;

namespace SupportBot.Storage;

/// <summary>
/// The <c>bot_state</c> table: one row per state key with its ETag, its JSON and <c>touched_at</c>, the last
/// time (Unix seconds) a turn wrote or used the row, which retention reads. Every statement here runs on
/// the caller's connection, inside the caller's transaction.
/// </summary>
internal static class BotStateTable
{
    /// <summary>Creates the table, or adds <c>touched_at</c> to a table made before it existed (its rows count as touched now).</summary>
    public static void EnsureCreated(SqliteConnection connection, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(
            connection,
            "CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY NOT NULL, etag TEXT NOT NULL, document TEXT NOT NULL, touched_at INTEGER) WITHOUT ROWID;");
        if (!HasColumn(connection, "touched_at"))
        {
            Execute(connection, "ALTER TABLE bot_state ADD COLUMN touched_at INTEGER;");
        }

        using (var stamp = connection.CreateCommand())
        {
            stamp.CommandText = "UPDATE bot_state SET touched_at = $now WHERE touched_at IS NULL;";
            stamp.Parameters.AddWithValue("$now", now.ToUnixTimeSeconds());
            stamp.ExecuteNonQuery();
        }

        Execute(connection, "CREATE INDEX IF NOT EXISTS bot_state_touched_at ON bot_state (touched_at);");
        transaction.Commit();
    }

    /// <summary>Writes or deletes one item under the ETag contract; throws <see cref="ETagConflictException"/> on a stale ETag.</summary>
    public static void Write(SqliteConnection connection, string key, StateDocument? stored, DateTimeOffset now)
    {
        if (stored is null)
        {
            Delete(connection, key);
            return;
        }

        var (json, newETag, expectedETag) = stored;
        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$etag", newETag);
        command.Parameters.AddWithValue("$document", json);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeSeconds());
        if (expectedETag is null or "*")
        {
            command.CommandText =
                "INSERT INTO bot_state (key, etag, document, touched_at) VALUES ($key, $etag, $document, $now) " +
                "ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, document = excluded.document, touched_at = excluded.touched_at;";
            command.ExecuteNonQuery();
            return;
        }

        command.CommandText = "UPDATE bot_state SET etag = $etag, document = $document, touched_at = $now WHERE key = $key AND etag = $expected;";
        command.Parameters.AddWithValue("$expected", expectedETag);
        if (command.ExecuteNonQuery() == 1)
        {
            return;
        }

        // Nothing matched: either the item changed since it was read (a conflict), or it does not exist
        // yet, in which case the ETag guards nothing and the item is created.
        command.CommandText = "INSERT INTO bot_state (key, etag, document, touched_at) VALUES ($key, $etag, $document, $now) ON CONFLICT(key) DO NOTHING;";
        if (command.ExecuteNonQuery() == 0)
        {
            throw new ETagConflictException(key);
        }
    }

    public static void Delete(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM bot_state WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Marks rows a turn used without changing as used now. Rows touched within the last
    /// <paramref name="granularity"/> are left alone, so a busy conversation does not rewrite its row every turn.
    /// </summary>
    public static void Touch(SqliteConnection connection, IEnumerable<string> keys, DateTimeOffset now, TimeSpan granularity)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE bot_state SET touched_at = $now WHERE key = $key AND touched_at < $stale;";
        var key = command.Parameters.Add("$key", SqliteType.Text);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$stale", (now - granularity).ToUnixTimeSeconds());
        foreach (var each in keys)
        {
            key.Value = each;
            command.ExecuteNonQuery();
        }
    }

    private static bool HasColumn(SqliteConnection connection, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pragma_table_info('bot_state') WHERE name = $column;";
        command.Parameters.AddWithValue("$column", column);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
