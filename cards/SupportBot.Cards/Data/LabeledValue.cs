namespace SupportBot.Cards;

/// <summary>A fact on a card: a localized label and its pre-formatted value.</summary>
public sealed record LabeledValue(string Label, string Value);
