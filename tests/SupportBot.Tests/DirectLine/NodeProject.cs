using System.Diagnostics;

namespace SupportBot.Tests.DirectLine;

/// <summary>
/// The Node project beside these tests (js/): installs it from its lock file when node_modules is missing,
/// and runs a script with a deadline, returning what it printed.
/// </summary>
public static class NodeProject
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Folder { get; } = FindFolder();

    public static async Task EnsureInstalledAsync(string package)
    {
        await InstallGate.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", package)))
            {
                return;
            }

            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, $"npm ci failed in {Folder}:\n{install.Output}\n{install.Errors}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan deadline)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {deadline}: {await errors}");
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "DirectLine", "js");
            if (File.Exists(Path.Combine(folder.FullName, "SupportBot.Tests.csproj")) && File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/SupportBot.Tests/DirectLine/js was not found above " + AppContext.BaseDirectory);
    }
}
