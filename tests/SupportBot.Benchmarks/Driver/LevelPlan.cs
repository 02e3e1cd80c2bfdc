namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// One load phase: this many conversations in flight at once, until the count is reached or the time
/// limit passes (no new conversation starts after it; those in flight finish).
/// </summary>
public sealed record LevelPlan(int Concurrency, int Conversations, TimeSpan TimeLimit);
