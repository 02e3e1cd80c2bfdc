namespace SupportBot.Benchmarks.Measurements;

/// <summary>What one load phase (the warm-up or one concurrency level) measured on one server.</summary>
public sealed record LevelResult(
    int Concurrency,
    int Conversations,
    int Turns,
    TimeSpan Elapsed,
    LatencyStatistics Latency,
    FailureLog Failures,
    long? AllocatedBytes,
    bool StoppedByTimeLimit)
{
    public double TurnsPerSecond => Elapsed > TimeSpan.Zero ? Turns / Elapsed.TotalSeconds : 0;

    public double? AllocatedBytesPerTurn => Turns == 0 ? null : (double?)AllocatedBytes / Turns;
}
