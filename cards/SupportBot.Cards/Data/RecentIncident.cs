namespace SupportBot.Cards;

/// <summary>One line of the contract card's recent incidents; <see cref="Title"/> is the user's own text.</summary>
public sealed record RecentIncident(string Date, string Title, string Severity);
