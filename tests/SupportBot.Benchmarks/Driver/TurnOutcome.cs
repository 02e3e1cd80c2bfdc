namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// How one turn went: its latency, and for a failure a short problem (grouped in the report) and the
/// details of this occurrence (status, body).
/// </summary>
public sealed record TurnOutcome(TimeSpan Latency, string? Problem, string? Detail)
{
    public bool Succeeded => Problem is null;
}
