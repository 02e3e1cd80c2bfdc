namespace SupportBot.Benchmarks.Servers;

/// <summary>The three servers measured side by side, each in its own child process.</summary>
public enum ServerKind
{
    /// <summary>The real host, composed like bot/SupportBot/Program.cs, on SQLite state.</summary>
    SupportBot,

    /// <summary>The smallest Bot Framework bot: CloudAdapter, an echoing ActivityHandler, state in memory.</summary>
    Echo,

    /// <summary>Kestrel and a minimal API that answers a fixed reply: the floor under both bots.</summary>
    Bare,
}
