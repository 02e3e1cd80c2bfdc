namespace SupportBot.Benchmarks.DirectLineMemory;

/// <summary>What the SupportBot server reports of its Direct Line store, measured after a full garbage collection.</summary>
public sealed record DirectLineFootprint(int Conversations, long HistoryBytes, long LiveHeapBytes);
