using System.Collections.Concurrent;

namespace SupportBot.Benchmarks.Measurements;

/// <summary>
/// Every failed turn of one phase, grouped by what went wrong, with the first occurrence's details kept
/// so the report can show them. Safe to record into from many workers at once.
/// </summary>
public sealed class FailureLog
{
    private readonly ConcurrentDictionary<string, FailureGroup> _groups = new(StringComparer.Ordinal);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<FailureGroup> Groups => [.. _groups.Values.OrderByDescending(group => group.Count)];

    public void Record(string problem, string firstSeen)
    {
        Interlocked.Increment(ref _count);
        _groups.GetOrAdd(problem, key => new FailureGroup(key, firstSeen)).Increment();
    }
}
