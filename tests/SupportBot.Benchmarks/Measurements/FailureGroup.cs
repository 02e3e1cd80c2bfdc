namespace SupportBot.Benchmarks.Measurements;

/// <summary>Failures with the same problem: how many, and where and how the first one happened.</summary>
public sealed class FailureGroup(string problem, string firstSeen)
{
    private int _count;

    public string Problem { get; } = problem;

    public string FirstSeen { get; } = firstSeen;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
