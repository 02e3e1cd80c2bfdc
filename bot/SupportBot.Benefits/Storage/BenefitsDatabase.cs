using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace SupportBot.Benefits.Storage;

/// <summary>Opens connections to the shared SQLite database with the settings every benefits query relies on.</summary>
public sealed class BenefitsDatabase
{
    private static readonly object ConfiguredMarker = new();
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configuredHandles = new();

    public BenefitsDatabase(BenefitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connectionString = BuildConnectionString(options);
        _busyTimeoutMilliseconds = (int)options.BusyTimeout.TotalMilliseconds;
    }

    public string ConnectionString => _connectionString;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Pooled connections hand back the same native handle, which keeps its pragmas: set them once per handle.
            if (connection.Handle is { } handle && !_configuredHandles.TryGetValue(handle, out _))
            {
                await connection.ExecuteAsync(
                    $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;",
                    cancellationToken);
                _configuredHandles.AddOrUpdate(handle, ConfiguredMarker);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static string BuildConnectionString(BenefitsOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new InvalidOperationException("BenefitsOptions needs a DatabasePath or a ConnectionString.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
    }
}
