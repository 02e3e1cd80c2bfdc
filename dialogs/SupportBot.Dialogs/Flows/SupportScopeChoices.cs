using Microsoft.Bot.Schema;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>The on-premises / cloud question: its choices, and the scope a message already names.</summary>
internal static class SupportScopeChoices
{
    private static readonly string[] OnPremisesWords = ["on premises", "on prem", "onprem", "onpremises", "product support", "sirket ici", "urun destegi"];
    private static readonly string[] CloudWords = ["cloud", "azure", "bulut", "signature", "microsoft 365", "office 365"];

    public static IList<Choice> All() =>
    [
        Choice(SupportScope.OnPremises, SupportStrings.ScopeOnPremisesButton, [.. OnPremisesWords, "şirket içi", "on-premises"]),
        Choice(SupportScope.Cloud, SupportStrings.ScopeCloudButton, [.. CloudWords]),
    ];

    /// <summary>The scope a message names ("I need cloud support"), or null when it names none or both.</summary>
    public static SupportScope? FromText(string? text)
    {
        var padded = $" {TextNormalizer.Normalize(text)} ";
        var onPremises = OnPremisesWords.Any(word => padded.Contains($" {word} ", StringComparison.Ordinal));
        var cloud = CloudWords.Any(word => padded.Contains($" {word} ", StringComparison.Ordinal));
        return onPremises == cloud ? null : onPremises ? SupportScope.OnPremises : SupportScope.Cloud;
    }

    private static Choice Choice(SupportScope scope, string title, string[] synonyms) => new(scope.ToString())
    {
        Action = new CardAction(ActionTypes.ImBack, title, value: title),
        Synonyms = synonyms,
    };
}
