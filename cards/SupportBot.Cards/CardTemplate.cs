namespace SupportBot.Cards;

/// <summary>The card templates embedded in this assembly, one per <c>Templates/XxxCard.json</c>.</summary>
public enum CardTemplate
{
    Menu,
    Contract,
    Eligibility,
    IncidentConfirmation,
    SupportPlans,
    Activation,
    Prompt,
    NextSteps,
}
