using System.Text.Json;
using SupportBot.Dialogs.Recognizers;

namespace SupportBot.Deployment.Tests.Teams;

/// <summary>
/// Teams sends a command's title as the message text when a user picks it, so every title in the
/// manifest, English and Turkish, must route to its flow through the bot's own recognizer.
/// </summary>
public class CommandRoutingTests
{
    private static readonly SupportIntent[] ExpectedIntents =
    [
        SupportIntent.CheckEligibility,
        SupportIntent.ActivateBenefits,
        SupportIntent.GetSupport,
        SupportIntent.IncidentsLeft,
        SupportIntent.AccessIdAlreadyAssociated,
        SupportIntent.SupportPlans,
        SupportIntent.Help,
        SupportIntent.Menu,
    ];

    private readonly IntentRecognizer _recognizer = new();

    [Fact]
    public void ManifestCommandTitles_English_RouteToTheirFlows()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(TeamsTools.TeamsDirectory, "manifest.json")));
        foreach (var list in manifest.RootElement.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray())
        {
            var titles = list.GetProperty("commands").EnumerateArray().Select(command => command.GetProperty("title").GetString()!).ToList();

            Assert.Equal(ExpectedIntents, titles.Select(_recognizer.Recognize));
        }
    }

    [Fact]
    public void ManifestCommandTitles_Turkish_RouteToTheirFlows()
    {
        using var localization = JsonDocument.Parse(File.ReadAllText(Path.Combine(TeamsTools.TeamsDirectory, "tr-tr.json")));
        foreach (var list in new[] { 0, 1 })
        {
            var titles = Enumerable.Range(0, ExpectedIntents.Length)
                .Select(index => localization.RootElement.GetProperty($"bots[0].commandLists[{list}].commands[{index}].title").GetString()!)
                .ToList();

            Assert.Equal(ExpectedIntents, titles.Select(_recognizer.Recognize));
        }
    }
}
