namespace SupportBot.Benchmarks.Servers;

/// <summary>The paths the driver calls; those under /__bench exist only in the benchmark servers.</summary>
public static class BenchmarkRoutes
{
    public const string Messages = "/api/messages";

    /// <summary>GC.GetTotalAllocatedBytes(true) of the server process, as plain text.</summary>
    public const string AllocatedBytes = "/__bench/allocated";

    /// <summary>SupportBot's Direct Line store after a full collection: conversations, history bytes, live managed heap bytes.</summary>
    public const string DirectLine = "/__bench/directline";

    /// <summary>The bytes of bot state the echo server holds in memory (its storage has no file to open).</summary>
    public const string State = "/__bench/state";
}
