using Newtonsoft.Json.Linq;
using SupportBot.Cards.Templating;
using SupportBot.Cards.Tests.Templating;

namespace SupportBot.Cards.Tests.OfficialLibraries;

/// <summary>Runs Node once for all sample cards and binding cases, and keeps each one's report.</summary>
public sealed class OfficialCheckFixture
{
    private readonly Dictionary<string, JObject> _cards;
    private readonly Dictionary<string, JObject> _bindingCases;

    public OfficialCheckFixture()
    {
        var bindingCases = BindingCases.All.Select(bindingCase =>
        {
            var template = JToken.Parse(bindingCase.Template);
            var data = JToken.Parse(bindingCase.Data);
            return (bindingCase.Name, template, data, TemplateBinder.Bind(template, data).Content);
        });
        var report = NodeCardChecker.Check(SampleCards.All, bindingCases);
        _cards = ByName(report["cards"]);
        _bindingCases = ByName(report["binding"]);
    }

    public JObject CardReport(string name) => _cards.TryGetValue(name, out var report)
        ? report
        : throw new KeyNotFoundException($"check.mjs reported nothing for the card '{name}'.");

    public JObject BindingReport(string name) => _bindingCases.TryGetValue(name, out var report)
        ? report
        : throw new KeyNotFoundException($"check.mjs reported nothing for the binding case '{name}'.");

    private static Dictionary<string, JObject> ByName(JToken? reports) =>
        (reports as JArray ?? []).Cast<JObject>().ToDictionary(report => (string)report["name"]!, StringComparer.Ordinal);
}
