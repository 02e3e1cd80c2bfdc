using System.Diagnostics;
using SupportBot.Benchmarks.Measurements;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// One server in its own process: <c>dotnet &lt;this program's dll&gt; --serve KIND ...</c>. Disposing it
/// kills the whole process tree; the child also stops by itself if the driver disappears (its stdin closes).
/// </summary>
public sealed class ChildServer : IDisposable
{
    private static readonly string[] InheritedSettingsThatWouldOverride =
        ["ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT"];

    private readonly Process _process;

    private ChildServer(Process process, ServeOptions options, long startedTimestamp, ChildOutput output)
    {
        _process = process;
        Options = options;
        StartedTimestamp = startedTimestamp;
        Output = output;
    }

    public ServeOptions Options { get; }

    /// <summary>Stopwatch timestamp taken just before the process was started: where cold start begins.</summary>
    public long StartedTimestamp { get; }

    public ChildOutput Output { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ChildServer Start(ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var startInfo = new ProcessStartInfo(DotnetHost.ExecutablePath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(DotnetHost.ProgramAssemblyPath);
        foreach (var argument in options.ToArguments())
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedSettingsThatWouldOverride)
        {
            startInfo.Environment.Remove(name);
        }

        var output = new ChildOutput();
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => output.Add(line.Data);
        process.ErrorDataReceived += (_, line) => output.Add(line.Data);

        var startedTimestamp = Stopwatch.GetTimestamp();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildServer(process, options, startedTimestamp, output);
    }

    public double? ReadPeakRssMegabytes() => _process.HasExited ? null : PeakMemory.ReadMegabytes(_process.Id);

    public double? ReadRssMegabytes() => _process.HasExited ? null : PeakMemory.ReadCurrentMegabytes(_process.Id);

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill: nothing left to stop.
        }
        finally
        {
            _process.Dispose();
        }
    }
}
