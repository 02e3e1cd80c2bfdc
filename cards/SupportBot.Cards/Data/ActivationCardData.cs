namespace SupportBot.Cards;

/// <summary>A pending activation request and what happens next.</summary>
public sealed record ActivationCardData(
    string Title,
    LabeledValue RequestedBy,
    LabeledValue RequestedAt,
    LabeledValue Status,
    string WhatHappensNextHeading,
    string WhatHappensNext,
    SubmitButton Menu) : ICardData
{
    public static CardTemplate Template => CardTemplate.Activation;
}
