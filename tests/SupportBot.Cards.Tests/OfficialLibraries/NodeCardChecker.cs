using System.Diagnostics;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Tests.OfficialLibraries;

/// <summary>
/// Runs js/check.mjs, which checks our bound cards with the official adaptivecards 3.0.6 renderer and
/// adaptivecards-templating 2.3.1. Installs the locked npm packages first when node_modules is missing.
/// </summary>
internal static class NodeCardChecker
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromMinutes(2);

    public static string CheckDirectory { get; } = typeof(NodeCardChecker).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "CardCheckDirectory")
        .Value!;

    public static JObject Check(IEnumerable<SampleCard> cards, IEnumerable<(string Name, JToken Template, JToken Data, JToken Ours)> bindingCases)
    {
        EnsurePackagesInstalled();
        var workDirectory = Directory.CreateTempSubdirectory("supportbot-cards-");
        try
        {
            foreach (var card in cards)
            {
                WriteCase(Path.Combine(workDirectory.FullName, "cards"), card.Name, card.Template, card.Data, card.Bound);
            }

            foreach (var (name, template, data, ours) in bindingCases)
            {
                WriteCase(Path.Combine(workDirectory.FullName, "binding"), name, template, data, ours);
            }

            var output = Run("node", ["check.mjs", workDirectory.FullName], CheckTimeout);
            return JObject.Parse(output);
        }
        finally
        {
            workDirectory.Delete(recursive: true);
        }
    }

    private static void WriteCase(string directory, string name, JToken template, JToken data, JToken ours)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, $"{name}.template.json"), template.ToString());
        File.WriteAllText(Path.Combine(directory, $"{name}.data.json"), data.ToString());
        File.WriteAllText(Path.Combine(directory, $"{name}.ours.json"), ours.ToString());
    }

    private static void EnsurePackagesInstalled()
    {
        if (!File.Exists(Path.Combine(CheckDirectory, "node_modules", ".package-lock.json")))
        {
            Run("npm", ["ci", "--no-audit", "--no-fund"], NpmTimeout);
        }
    }

    private static string Run(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = CheckDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
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

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode} in {CheckDirectory}:\n{standardError.Result}");
        }

        return standardOutput.Result;
    }
}
