using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SupportBot.Turns;

namespace SupportBot.Retention;

/// <summary>
/// Sweeps expired state in the background: at start-up, then every <see cref="RetentionOptions.SweepIntervalMinutes"/>
/// on the injected clock. It deletes in small batches, each its own short write transaction, so turns waiting
/// to save their state get in between and are never held up for a whole sweep.
/// </summary>
public sealed partial class RetentionService(
    IBotStateRetention state,
    IHandledActivityLog handled,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    private const int BatchSize = 500;

    /// <summary>One sweep now; returns the items deleted (conversations, users, handled activity ids).</summary>
    public async Task<RetentionSweep> SweepAsync(CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var now = time.GetUtcNow();
        var conversations = await DeleteAllAsync(
            () => state.DeleteUnusedSinceAsync(StateScope.Conversation, now.AddDays(-limits.ConversationDays), BatchSize, cancellationToken));
        var users = await DeleteAllAsync(
            () => state.DeleteUnusedSinceAsync(StateScope.User, now.AddDays(-limits.UserDays), BatchSize, cancellationToken));
        var activities = await DeleteAllAsync(
            () => handled.ForgetHandledBeforeAsync(now.AddDays(-limits.HandledActivityDays), BatchSize, cancellationToken));
        var sweep = new RetentionSweep(conversations, users, activities);
        if (sweep.Total > 0)
        {
            LogSwept(logger, conversations, users, activities);
        }

        return sweep;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The timer starts with the host; the sweeps run off the start-up path, once the host is serving.
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepIntervalMinutes), time);
        await Task.Yield();
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (SqliteException exception)
            {
                LogSweepFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static async Task<int> DeleteAllAsync(Func<Task<int>> deleteBatch)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await deleteBatch();
            total += deleted;
        }
        while (deleted == BatchSize);
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Conversations} conversation states, {Users} user preferences and {Activities} handled activity ids")]
    private static partial void LogSwept(ILogger logger, int conversations, int users, int activities);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed; it runs again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
