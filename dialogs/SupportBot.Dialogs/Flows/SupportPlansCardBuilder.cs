using SupportBot.Cards;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>The paid partner support plans card, shown by the plans flow and wherever a new plan is the way forward.</summary>
internal static class SupportPlansCardBuilder
{
    public static SupportPlansCardData Build() => new(
        SupportPlansStrings.CardTitle,
        SupportPlansStrings.CardIntro,
        [
            new SupportPlan(SupportPlansStrings.PremierName, SupportPlansStrings.PremierDescription),
            new SupportPlan(SupportPlansStrings.AdvancedName, SupportPlansStrings.AdvancedDescription),
        ],
        new LinkButton(SupportPlansStrings.ComparePlans, SupportPlansCardData.PartnerSupportPlansUrl),
        new SubmitButton(Strings.MenuButton, MenuReplies.Menu));
}
