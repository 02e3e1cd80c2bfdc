using System.Globalization;
using SupportBot.Benchmarks.CommandLine;

namespace SupportBot.Benchmarks.Servers;

/// <summary>
/// What a server process is told: <c>--serve KIND --port P --data DIR [--environment NAME] [--exit-with-stdin yes]</c>.
/// The driver asks for <c>--exit-with-stdin yes</c>; a server started by hand keeps running until Ctrl+C.
/// </summary>
public sealed record ServeOptions(ServerKind Kind, int Port, string DataFolder, string EnvironmentName, bool ExitWithStdin)
{
    /// <summary>The environment where SupportBot trusts the Emulator's <c>from.id</c> as the user's sign-in name.</summary>
    public const string DefaultEnvironment = "Development";

    private const string ServeFlag = "--serve";
    private const string Yes = "yes";

    public static bool IsServeCommand(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Count > 0 && args[0] == ServeFlag;
    }

    public static ServeOptions Parse(IReadOnlyList<string> args)
    {
        var reader = new OptionReader(args);
        var options = new ServeOptions(
            ServerKindNames.Parse(reader.RequiredText(ServeFlag)),
            reader.Number("--port", 1) ?? throw new OptionException("The option --port is required."),
            reader.RequiredText("--data"),
            reader.Text("--environment") ?? DefaultEnvironment,
            reader.Text("--exit-with-stdin") == Yes);
        reader.RejectUnknown();
        return options;
    }

    public IReadOnlyList<string> ToArguments() =>
    [
        ServeFlag, Kind.Name(),
        "--port", Port.ToString(CultureInfo.InvariantCulture),
        "--data", DataFolder,
        "--environment", EnvironmentName,
        .. ExitWithStdin ? ["--exit-with-stdin", Yes] : Array.Empty<string>(),
    ];
}
