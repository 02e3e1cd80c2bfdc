namespace SupportBot.Benchmarks.Measurements;

/// <summary>Percentiles of turn latency by the nearest-rank method, in milliseconds.</summary>
public sealed record LatencyStatistics(double P50Milliseconds, double P99Milliseconds, double MaxMilliseconds)
{
    public static LatencyStatistics Empty { get; } = new(double.NaN, double.NaN, double.NaN);

    public static LatencyStatistics From(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return Empty;
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencyStatistics(Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1]);
    }

    private static double Percentile(double[] sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
