using System.Runtime.InteropServices;

namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// The <c>dotnet</c> executable the children are started with, as <c>dotnet &lt;this program's dll&gt; --serve ...</c>.
/// Found from this process (started by dotnet, or by the apphost of the runtime's installation).
/// </summary>
public static class DotnetHost
{
    private static readonly string ExecutableName = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    public static string ExecutablePath { get; } = Find();

    public static string ProgramAssemblyPath => typeof(DotnetHost).Assembly.Location;

    private static string Find()
    {
        var current = Environment.ProcessPath;
        if (current is not null && string.Equals(Path.GetFileName(current), ExecutableName, StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        // The runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/; the host is at the root.
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var besideRuntime = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..", ExecutableName));
        return File.Exists(besideRuntime) ? besideRuntime : ExecutableName;
    }
}
