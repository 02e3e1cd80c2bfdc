namespace SupportBot.Benchmarks.Measurements;

/// <summary>What the machine was doing around the run, printed beside the figures.</summary>
public sealed record RunConditions(string? LoadAverageAtStart, string? LoadAverageAtEnd, TimeSpan Duration);
