using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace SupportBot.Storage;

/// <summary>
/// The one SQLite database file that holds bot state and the benefits data. Creates the data folder
/// on first use and hands out pooled connections with the pragmas every connection needs.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    public SqliteDatabase(string dataFolder, string fileName = "supportbot.db")
    {
        Directory.CreateDirectory(dataFolder);
        FilePath = Path.GetFullPath(Path.Combine(dataFolder, fileName));
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL lets readers run beside the single writer; it is a property of the file, set once.
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    private static readonly object ConfiguredMarker = new();
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configuredHandles = new();

    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Held by this process's writers of bot state for the length of one write transaction. SQLite lets one
    /// writer in at a time and makes the others retry in a busy loop; queueing them here instead keeps
    /// concurrent turns from spending the CPU on that loop.
    /// </summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();

        // Pooled connections hand back the same native handle, which keeps its pragmas: set them once per handle.
        if (connection.Handle is { } handle && !_configuredHandles.TryGetValue(handle, out _))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
            command.ExecuteNonQuery();
            _configuredHandles.AddOrUpdate(handle, ConfiguredMarker);
        }

        return connection;
    }

    public void Dispose() => WriteGate.Dispose();
}
