using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Storage;

namespace SupportBot.Benefits.Tests.Support;

/// <summary>
/// The benefits services as the host registers them, over a temporary database file of this test only.
/// A host started on a given path leaves the file to whoever created it, so tests can reopen a database.
/// </summary>
internal sealed class BenefitsTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 16, 9, 30, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private readonly bool _ownsDatabase;

    private BenefitsTestHost(string path, bool ownsDatabase, FakeTimeProvider time, Action<BenefitsOptions>? configure)
    {
        _ownsDatabase = ownsDatabase;
        DatabasePath = path;
        Time = time;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddBenefits(options =>
        {
            options.DatabasePath = path;
            configure?.Invoke(options);
        });
        _services = services.BuildServiceProvider();
    }

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public static async Task<BenefitsTestHost> StartAsync(Action<BenefitsOptions>? configure = null, string? path = null, FakeTimeProvider? time = null)
    {
        var host = new BenefitsTestHost(path ?? NewDatabasePath(), ownsDatabase: path is null, time ?? new FakeTimeProvider(Start), configure);
        await host.Services.InitializeBenefitsAsync();
        return host;
    }

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"supportbot-benefits-{Guid.NewGuid():N}.db");

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async Task<Account> AccountAsync(string signInName) =>
        await Get<IAccountDirectory>().FindBySignInNameAsync(signInName)
        ?? throw new InvalidOperationException($"No sample account {signInName}.");

    public Task<SqliteConnection> OpenAsync() => Get<BenefitsDatabase>().OpenAsync(CancellationToken.None);

    public async Task<long> CountAsync(string table)
    {
        await using var connection = await OpenAsync();
        return await connection.ScalarLongAsync($"SELECT COUNT(*) FROM {table}", CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    /// <summary>Pooled connections keep the file open, so clear the pool before deleting it and its WAL files.</summary>
    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
