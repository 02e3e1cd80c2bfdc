using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.Measurements;

/// <summary>Everything measured on one server; filled as the run goes, so a run that fails half-way still reports what it had.</summary>
public sealed class ServerResult(ServerKind kind)
{
    public ServerKind Kind { get; } = kind;

    /// <summary>Process start to first reply on an earlier, unmeasured launch that warms the OS file cache and the driver.</summary>
    public TimeSpan? FirstLaunch { get; set; }

    /// <summary>Process start to first reply on the measured launch, the one that then takes the load.</summary>
    public TimeSpan? ColdStart { get; set; }

    /// <summary>What the server answered to each turn of one unmeasured run of the script.</summary>
    public IReadOnlyList<string> SampleConversation { get; set; } = [];

    public LevelResult? WarmUp { get; set; }

    public List<LevelResult> Levels { get; } = [];

    public double? PeakRssMegabytes { get; set; }

    public StateFootprint? State { get; set; }

    /// <summary>Conversations that got at least one turn on the measured launch: cold start, warm-up and levels.</summary>
    public int ConversationsDriven { get; set; }

    /// <summary>Why the run of this server stopped early, if it did.</summary>
    public string? Error { get; set; }

    public IReadOnlyList<string> ServerOutput { get; set; } = [];

    public int ServerOutputLines { get; set; }

    public LevelResult? Level(int concurrency) => Levels.FirstOrDefault(level => level.Concurrency == concurrency);

    public double? AllocatedBytesPerTurn
    {
        get
        {
            var measured = Levels.Where(level => level.AllocatedBytes is not null).ToList();
            var turns = measured.Sum(level => level.Turns);
            return turns == 0 ? null : (double)measured.Sum(level => level.AllocatedBytes!.Value) / turns;
        }
    }

    public int Failures => (WarmUp?.Failures.Count ?? 0) + Levels.Sum(level => level.Failures.Count);
}
