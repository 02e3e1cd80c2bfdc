using SupportBot.Benchmarks.CommandLine;

namespace SupportBot.Benchmarks.Servers;

/// <summary>How a server kind is written on the command line and in the printed tables.</summary>
public static class ServerKindNames
{
    public static string Name(this ServerKind kind) => kind switch
    {
        ServerKind.SupportBot => "supportbot",
        ServerKind.Echo => "echo",
        ServerKind.Bare => "bare",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ServerKind Parse(string name) => name switch
    {
        "supportbot" => ServerKind.SupportBot,
        "echo" => ServerKind.Echo,
        "bare" => ServerKind.Bare,
        _ => throw new OptionException($"Unknown server '{name}'; expected supportbot, echo or bare."),
    };
}
