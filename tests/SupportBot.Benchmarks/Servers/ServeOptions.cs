using SupportBot.Benchmarks.CommandLine;

namespace SupportBot.Benchmarks.Servers;

/// <summary>What a child process is told: <c>--serve KIND --port P --data DIR --environment NAME</c>.</summary>
public sealed record ServeOptions(ServerKind Kind, int Port, string DataFolder, string EnvironmentName)
{
    private const string ServeFlag = "--serve";

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
            reader.RequiredText("--environment"));
        reader.RejectUnknown();
        return options;
    }

    public IReadOnlyList<string> ToArguments() =>
    [
        ServeFlag, Kind.Name(),
        "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--data", DataFolder,
        "--environment", EnvironmentName,
    ];
}
