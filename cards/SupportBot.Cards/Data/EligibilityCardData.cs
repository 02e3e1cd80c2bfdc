namespace SupportBot.Cards;

/// <summary>The eligibility checks and the entitlements on-premises and in the cloud.</summary>
public sealed record EligibilityCardData(
    string Title,
    IReadOnlyList<EligibilityCheck> Checks,
    string EntitlementsHeading,
    IReadOnlyList<EntitlementLine> Entitlements,
    SubmitButton Menu) : ICardData
{
    public static CardTemplate Template => CardTemplate.Eligibility;
}
