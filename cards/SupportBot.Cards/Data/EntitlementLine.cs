namespace SupportBot.Cards;

/// <summary>
/// What the company is entitled to in one place (on-premises or cloud): the benefit, the allowance
/// (for example "20 incidents", "Unlimited", "None") and whether it is activated.
/// </summary>
public sealed record EntitlementLine(string Scope, string Benefit, string Allowance, bool Activated, string ActivationText);
