using Newtonsoft.Json.Linq;

namespace SupportBot.Cards.Tests.OfficialLibraries;

/// <summary>Every template, bound with sample data, checked by the official Adaptive Cards JavaScript libraries.</summary>
public class OfficialCardTests(OfficialCheckFixture official) : IClassFixture<OfficialCheckFixture>
{
    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void SampleCard_ParsedByAdaptiveCards306AtVersion15_HasNoErrorsOrWarnings(string name)
    {
        var report = official.CardReport(name);
        var problems = Items(report, "parseEvents").Select(item => $"parse: {item}")
            .Concat(Items(report, "validationEvents").Select(item => $"validateProperties: {item}"))
            .Concat(Items(report, "droppedProperties").Select(item => $"unknown in 1.5, dropped by the renderer: {item}"))
            .ToList();

        Assert.True(problems.Count == 0, $"{name}: adaptivecards 3.0.6 reports:\n{string.Join('\n', problems)}");
    }

    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void SampleCard_BoundByAdaptiveCardsTemplating231_EqualsOurBinding(string name)
    {
        AssertNone(official.CardReport(name), "differencesFromOfficial", name, "differences from the official binding");
    }

    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void SampleCard_ForTeams_UsesOnlyWhatTeamsRenders(string name)
    {
        AssertNone(official.CardReport(name), "teamsProblems", name, "Teams problems");
    }

    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void SampleCard_AfterBinding_HasNoUnboundExpression(string name)
    {
        var card = SampleCards.Named(name);
        var leftovers = card.Bound.Descendants()
            .OfType<JValue>()
            .Where(value => value.Type == JTokenType.String && ((string)value!).Contains("${", StringComparison.Ordinal))
            .Where(value => !IsUserText(card, (string)value!))
            .Select(value => $"{value.Path}: {value}")
            .ToList();

        Assert.True(leftovers.Count == 0, $"{name}: '${{' survived binding in our output:\n{string.Join('\n', leftovers)}");
        AssertNone(official.CardReport(name), "unboundInOfficial", name, "'${' left by the official engine for this data", ignore: text => IsUserText(card, text));
    }

    [Theory]
    [MemberData(nameof(Templating.BindingCases.Theory), MemberType = typeof(Templating.BindingCases))]
    public void BindingCase_BoundByAdaptiveCardsTemplating231_EqualsOurBinding(Templating.BindingCase bindingCase)
    {
        var report = official.BindingReport(bindingCase.Name);

        Assert.True(report["officialError"] is null, $"{bindingCase.Name}: the official engine failed: {report["officialError"]}");
        AssertNone(report, "differencesFromOfficial", bindingCase.Name, "differences from the official binding");
    }

    // Sample data deliberately carries user text with "${" in it; it must reach the card verbatim.
    private static bool IsUserText(SampleCard card, string text) =>
        card.Data.Descendants().OfType<JValue>().Any(value => value.Type == JTokenType.String && text.Contains((string)value!, StringComparison.Ordinal) && ((string)value!).Contains("${", StringComparison.Ordinal));

    private static void AssertNone(JObject report, string property, string name, string what, Func<string, bool>? ignore = null)
    {
        var found = Items(report, property)
            .Where(item => ignore is null || !ignore(item))
            .ToList();
        Assert.True(found.Count == 0, $"{name}: {what}:\n{string.Join('\n', found)}");
    }

    private static IEnumerable<string> Items(JObject report, string property) =>
        (report[property] as JArray ?? []).Select(item => item.ToString());
}
