using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportBot.Deployment.Tests.Teams;

/// <summary>The validator rejects broken packages, so a green package test means something.</summary>
[Collection(TeamsPackageGroup.Name)]
public class ValidatorTests(PackagedAppFixture package)
{
    [Fact]
    public void Validator_LowercaseGroupchatScope_ReportsSchemaErrors()
    {
        var folder = package.ExtractCopy("lowercase-groupchat");
        var manifestPath = Path.Combine(folder, "manifest.json");
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("\"groupChat\"", "\"groupchat\"", StringComparison.Ordinal));

        var (exitCode, report) = Validate(folder);

        Assert.Equal(1, exitCode);
        Assert.False(report.GetProperty("valid").GetBoolean());
        var schemaErrors = report.GetProperty("schemaErrors").EnumerateArray().Select(error => error.GetString()!).ToList();
        Assert.Contains(schemaErrors, error => error.StartsWith("/bots/0/scopes/2 must be equal to one of the allowed values", StringComparison.Ordinal));
        Assert.Contains(schemaErrors, error => error.StartsWith("/bots/0/commandLists/1/scopes/1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_IconsSwapped_ReportsWrongSizesAndAnOpaqueOutline()
    {
        var folder = package.ExtractCopy("icons-swapped");
        var color = File.ReadAllBytes(Path.Combine(folder, "color.png"));
        File.WriteAllBytes(Path.Combine(folder, "color.png"), File.ReadAllBytes(Path.Combine(folder, "outline.png")));
        File.WriteAllBytes(Path.Combine(folder, "outline.png"), color);

        var (exitCode, report) = Validate(folder);

        Assert.Equal(1, exitCode);
        var errors = report.GetProperty("errors").EnumerateArray().Select(error => error.GetString()!).ToList();
        Assert.Contains("icons.color: color.png is 32x32, expected 192x192", errors);
        Assert.Contains("icons.outline: outline.png is 192x192, expected 32x32", errors);
        Assert.Contains("icons.outline: outline.png has no transparent pixels; it must be white on a transparent background", errors);
    }

    [Fact]
    public void Validator_UnknownLocalizationKey_ReportsSchemaError()
    {
        var folder = package.ExtractCopy("bad-localization");
        var path = Path.Combine(folder, "tr-tr.json");
        var localization = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        localization["bots[0].commandLists[0].commands[12].title"] = "on üçüncü";
        File.WriteAllText(path, localization.ToJsonString());

        var (exitCode, report) = Validate(folder);

        Assert.Equal(1, exitCode);
        var entry = Assert.Single(report.GetProperty("localization").EnumerateArray());
        Assert.Contains(
            entry.GetProperty("schemaErrors").EnumerateArray().Select(error => error.GetString()!),
            error => error.Contains("must NOT have additional properties", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_CommittedTemplate_FailsOnlyOnItsGuidPlaceholders()
    {
        var (exitCode, report) = Validate(TeamsTools.TeamsDirectory);

        Assert.Equal(1, exitCode);
        var errorPaths = report.GetProperty("schemaErrors").EnumerateArray()
            .Select(error => error.GetString()!.Split(' ')[0])
            .Order(StringComparer.Ordinal);
        Assert.Equal(["/bots/0/botId", "/id"], errorPaths);
    }

    private static (int ExitCode, JsonElement Report) Validate(string folder)
    {
        var result = TeamsTools.Validate(folder);
        Assert.True(result.ExitCode is 0 or 1, $"validate.mjs could not run ({result.ExitCode}):\n{result.StandardError}");
        return (result.ExitCode, JsonDocument.Parse(result.StandardOutput).RootElement.Clone());
    }
}
