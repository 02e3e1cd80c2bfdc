using System.IO.Compression;
using System.Text.Json;

namespace SupportBot.Deployment.Tests.Teams;

/// <summary>
/// Packages the Teams app once with a sample App ID and domain into a temporary folder, validates the zip,
/// and keeps the zip's entries and the validator's JSON report for the tests.
/// </summary>
public sealed class PackagedAppFixture : IDisposable
{
    public const string SampleAppId = "6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b";
    public const string SampleDomain = "supportbot.contoso.example";

    private readonly DirectoryInfo _workDirectory;

    public PackagedAppFixture()
    {
        _workDirectory = Directory.CreateTempSubdirectory("supportbot-teams-");
        ZipPath = Path.Combine(_workDirectory.FullName, "out", "SupportBot.zip");

        var package = TeamsTools.Package(SampleAppId, SampleDomain, ZipPath);
        if (package.ExitCode != 0)
        {
            throw new InvalidOperationException($"package.sh exited with {package.ExitCode}:\n{package.StandardError}");
        }

        using (var zip = ZipFile.OpenRead(ZipPath))
        {
            Entries = zip.Entries.ToDictionary(entry => entry.FullName, ReadAll, StringComparer.Ordinal);
        }

        Validation = TeamsTools.Validate(ZipPath);
        if (Validation.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate.mjs could not run ({Validation.ExitCode}):\n{Validation.StandardError}");
        }

        Report = JsonDocument.Parse(Validation.StandardOutput).RootElement.Clone();
    }

    public string ZipPath { get; }

    public string WorkDirectory => _workDirectory.FullName;

    /// <summary>Every file in the zip, by its path inside the zip.</summary>
    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public ProcessResult Validation { get; }

    /// <summary>validate.mjs's JSON report on the zip.</summary>
    public JsonElement Report { get; }

    public JsonElement Manifest => JsonDocument.Parse(Entries["manifest.json"]).RootElement.Clone();

    /// <summary>Writes the zip's files into a new folder, for tests that change one file and validate again.</summary>
    public string ExtractCopy(string name)
    {
        var folder = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(folder);
        foreach (var (entryName, content) in Entries)
        {
            File.WriteAllBytes(Path.Combine(folder, entryName), content);
        }

        return folder;
    }

    public void Dispose() => _workDirectory.Delete(recursive: true);

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
