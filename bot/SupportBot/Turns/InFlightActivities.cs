using System.Collections.Concurrent;

namespace SupportBot.Turns;

/// <summary>
/// The activities whose turns are running in this process. A second delivery of one of them waits here for
/// the first to finish (then finds it handled) instead of running beside it.
/// </summary>
public sealed class InFlightActivities
{
    private readonly ConcurrentDictionary<ActivityKey, Task> _running = new();

    /// <summary>Waits until no turn of <paramref name="key"/> runs in this process, and marks it running until the slot is disposed.</summary>
    public async Task<IDisposable> EnterAsync(ActivityKey key)
    {
        while (true)
        {
            var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_running.TryAdd(key, finished.Task))
            {
                return new Slot(this, key, finished);
            }

            if (_running.TryGetValue(key, out var other))
            {
                await other;
            }
        }
    }

    private sealed class Slot(InFlightActivities owner, ActivityKey key, TaskCompletionSource finished) : IDisposable
    {
        public void Dispose()
        {
            owner._running.TryRemove(new KeyValuePair<ActivityKey, Task>(key, finished.Task));
            finished.TrySetResult();
        }
    }
}
