namespace SupportBot.Cards;

/// <summary>A paid partner support plan and what it covers.</summary>
public sealed record SupportPlan(string Name, string Description);
