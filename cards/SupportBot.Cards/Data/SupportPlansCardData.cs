namespace SupportBot.Cards;

/// <summary>
/// The paid partner support plans (Premier Support for Partners, Advanced Support for Partners) and a
/// link to compare them, <see cref="PartnerSupportPlansUrl"/>.
/// </summary>
public sealed record SupportPlansCardData(
    string Title,
    string Intro,
    IReadOnlyList<SupportPlan> Plans,
    LinkButton ComparePlans,
    SubmitButton Menu) : ICardData
{
    /// <summary>Where Microsoft compares the partner support plans.</summary>
    public static readonly Uri PartnerSupportPlansUrl = new("https://partner.microsoft.com/support/partnersupport");

    public static CardTemplate Template => CardTemplate.SupportPlans;
}
