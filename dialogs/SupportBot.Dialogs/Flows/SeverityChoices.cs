using Microsoft.Bot.Schema;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>Severity A, B or C with plain-language labels; typed words work in English and Turkish.</summary>
internal static class SeverityChoices
{
    public static IList<Choice> All() =>
    [
        Choice(IncidentSeverity.A, SupportStrings.SeverityA, ["critical", "kritik", "urgent", "acil"]),
        Choice(IncidentSeverity.B, SupportStrings.SeverityB, ["high", "yuksek", "yüksek", "important", "onemli", "önemli"]),
        Choice(IncidentSeverity.C, SupportStrings.SeverityC, ["minimal", "low", "minor", "dusuk", "düşük"]),
    ];

    /// <summary>The plain-language label of a severity, for the confirmation card.</summary>
    public static string Label(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.A => SupportStrings.SeverityA,
        IncidentSeverity.B => SupportStrings.SeverityB,
        _ => SupportStrings.SeverityC,
    };

    private static Choice Choice(IncidentSeverity severity, string title, string[] synonyms) => new(severity.ToString())
    {
        Action = new CardAction(ActionTypes.ImBack, title, value: title),
        Synonyms = synonyms,
    };
}
