using System.Text.Json;

namespace SupportBot.Deployment.Tests.Teams;

/// <summary>package.sh with a sample App ID and domain builds a zip that the offline Teams validator accepts.</summary>
[Collection(TeamsPackageGroup.Name)]
public class PackagedAppTests(PackagedAppFixture package)
{
    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    private static readonly string[] CommandTitles =
        ["eligibility", "activate", "support", "incidents", "already associated", "plans", "help", "menu"];

    private static readonly string[] PersonalFlowCommands = ["eligibility", "activate", "support", "incidents", "already associated"];

    private static readonly string[] TurkishCommandTitles =
        ["uygunluk", "etkinleştir", "destek", "kalan olaylarım", "zaten ilişkili", "destek planları", "yardım", "menü"];

    [Fact]
    public void Package_WithSampleAppIdAndDomain_ValidatesWithoutErrors()
    {
        var errors = Strings(package.Report.GetProperty("errors"));

        Assert.True(errors.Count == 0, $"validate.mjs reports:\n{string.Join('\n', errors)}");
        Assert.Empty(package.Report.GetProperty("schemaErrors").EnumerateArray());
        Assert.True(package.Report.GetProperty("valid").GetBoolean());
        Assert.Equal(0, package.Validation.ExitCode);
    }

    [Fact]
    public void Package_Manifest_UsesTheBundledV128Schema()
    {
        Assert.Equal(
            "https://developer.microsoft.com/json-schemas/teams/v1.28/MicrosoftTeams.schema.json",
            package.Report.GetProperty("schema").GetString());
        Assert.Equal("1.28", package.Report.GetProperty("manifestVersion").GetString());
    }

    [Fact]
    public void Package_Bot_RunsInPersonalTeamAndGroupChatScopes()
    {
        Assert.Equal(Scopes, Strings(package.Report.GetProperty("scopes")));
    }

    [Fact]
    public void Package_CommandLists_OfferEveryFlowInThePersonalScopeAndInSharedScopes()
    {
        var lists = package.Report.GetProperty("commandLists").EnumerateArray().ToList();

        Assert.Equal(2, lists.Count);
        Assert.Equal(["personal"], Strings(lists[0].GetProperty("scopes")));
        Assert.Equal(["team", "groupChat"], Strings(lists[1].GetProperty("scopes")));
        Assert.All(lists, list => Assert.Equal(CommandTitles, Strings(list.GetProperty("titles"))));
    }

    [Fact]
    public void Package_SharedScopeCommands_SayPersonalDetailsGoToThePersonalChat()
    {
        var commands = package.Manifest.GetProperty("bots")[0].GetProperty("commandLists")[1].GetProperty("commands").EnumerateArray()
            .ToDictionary(command => command.GetProperty("title").GetString()!, command => command.GetProperty("description").GetString()!);

        Assert.All(PersonalFlowCommands, title => Assert.Contains("personal chat", commands[title], StringComparison.Ordinal));
    }

    [Fact]
    public void Package_Bot_DoesNotTakeFiles()
    {
        Assert.False(package.Manifest.GetProperty("bots")[0].GetProperty("supportsFiles").GetBoolean());
    }

    [Fact]
    public void Package_Commands_HaveShortTitlesAndDescriptions()
    {
        var commands = package.Manifest.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray()
            .SelectMany(list => list.GetProperty("commands").EnumerateArray()).ToList();

        Assert.All(commands, command =>
        {
            Assert.InRange(command.GetProperty("title").GetString()!.Length, 1, 32);
            Assert.InRange(command.GetProperty("description").GetString()!.Length, 10, 128);
        });
    }

    [Fact]
    public void Package_Placeholders_AreFilledWithTheAppIdAndDomain()
    {
        var manifest = package.Manifest;
        var text = manifest.GetRawText();

        Assert.Equal(PackagedAppFixture.SampleAppId, manifest.GetProperty("id").GetString());
        Assert.Equal(PackagedAppFixture.SampleAppId, manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_ValidDomains_AreTheBotHostAndTheSupportPortals()
    {
        Assert.Equal(
            [PackagedAppFixture.SampleDomain, "support.serviceshub.microsoft.com", "partner.microsoft.com", "portal.azure.com"],
            Strings(package.Report.GetProperty("validDomains")));
    }

    [Fact]
    public void Package_ZipRoot_HoldsManifestLocalizationAndIcons()
    {
        Assert.Equal(
            ["color.png", "manifest.json", "outline.png", "tr-tr.json"],
            package.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Package_Icon_HasTheTeamsSizeAndAnAlphaChannel(string kind, int size)
    {
        var file = package.Manifest.GetProperty("icons").GetProperty(kind).GetString()!;
        var header = PngHeader.Read(package.Entries[file]);

        Assert.Equal((size, size), (header.Width, header.Height));
        Assert.True(header.HasAlpha, $"{file} has PNG colour type {header.ColorType}, without alpha");
        var reported = package.Report.GetProperty("icons").GetProperty(kind);
        Assert.Equal((size, size), (reported.GetProperty("width").GetInt32(), reported.GetProperty("height").GetInt32()));
    }

    [Fact]
    public void Package_OutlineIcon_IsWhiteOnTransparent()
    {
        var outline = package.Report.GetProperty("icons").GetProperty("outline");

        Assert.Equal(0, outline.GetProperty("nonWhitePixels").GetInt32());
        Assert.True(outline.GetProperty("transparentPixels").GetInt32() > 32 * 32 / 2, "most of the outline icon should be transparent");
    }

    [Fact]
    public void Package_TurkishLocalization_IsValidAndTranslatesEveryCommand()
    {
        var localization = Assert.Single(package.Report.GetProperty("localization").EnumerateArray());

        Assert.Equal("tr-tr", localization.GetProperty("languageTag").GetString());
        Assert.Empty(localization.GetProperty("schemaErrors").EnumerateArray());
        Assert.Empty(localization.GetProperty("missingCommandTitles").EnumerateArray());
        Assert.Equal([.. TurkishCommandTitles, .. TurkishCommandTitles], Strings(localization.GetProperty("commandTitles")));
    }

    private static List<string> Strings(JsonElement array) =>
        array.EnumerateArray().Select(item => item.GetString()!).ToList();
}
