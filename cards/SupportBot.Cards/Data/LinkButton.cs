namespace SupportBot.Cards;

/// <summary>An Action.OpenUrl button.</summary>
public sealed record LinkButton(string Title, Uri Url);
