using System.Diagnostics;
using System.Reflection;

namespace SupportBot.Deployment.Tests.Teams;

/// <summary>
/// Runs the committed Teams tooling as a person would: <c>bash package.sh</c> and
/// <c>node validation/validate.mjs</c>, installing the locked npm packages first when node_modules is missing.
/// </summary>
internal static class TeamsTools
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);
    private static readonly Lock InstallLock = new();

    public static string TeamsDirectory { get; } = typeof(TeamsTools).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "TeamsDirectory")
        .Value!;

    public static string ValidationDirectory { get; } = Path.Combine(TeamsDirectory, "validation");

    public static ProcessResult Package(string appId, string domain, string outputZip) =>
        Run("bash", [Path.Combine(TeamsDirectory, "package.sh"), appId, domain, outputZip], TeamsDirectory, ToolTimeout);

    /// <summary>Runs validate.mjs on a zip or folder; exit code 0 valid, 1 invalid, 2 could not run.</summary>
    public static ProcessResult Validate(string zipOrFolder)
    {
        EnsurePackagesInstalled();
        return Run("node", [Path.Combine(ValidationDirectory, "validate.mjs"), zipOrFolder], ValidationDirectory, ToolTimeout);
    }

    public static ProcessResult MakeIcons(string outputDirectory) =>
        Run("python3", [Path.Combine(TeamsDirectory, "make-icons.py"), outputDirectory], TeamsDirectory, ToolTimeout);

    private static void EnsurePackagesInstalled()
    {
        lock (InstallLock)
        {
            if (File.Exists(Path.Combine(ValidationDirectory, "node_modules", ".package-lock.json")))
            {
                return;
            }

            var install = Run("npm", ["ci", "--no-audit", "--no-fund"], ValidationDirectory, NpmTimeout);
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {ValidationDirectory}:\n{install.StandardError}");
            }
        }
    }

    private static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The tests pass everything as arguments; keep the caller's settings out of the scripts.
        foreach (var name in new[] { "BOT_APP_ID", "BOT_DOMAIN", "TEAMS_APP_ID", "APP_VERSION", "OUTPUT" })
        {
            startInfo.Environment.Remove(name);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} took longer than {timeout}.");
        }

        return new ProcessResult(process.ExitCode, standardOutput.Result, standardError.Result);
    }
}
