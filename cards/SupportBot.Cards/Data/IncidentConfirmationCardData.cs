namespace SupportBot.Cards;

/// <summary>Confirms a booked incident; <see cref="IncidentTitle"/> holds the user's own text.</summary>
public sealed record IncidentConfirmationCardData(
    string Title,
    LabeledValue Contract,
    LabeledValue Product,
    LabeledValue IncidentTitle,
    LabeledValue Severity,
    LabeledValue OpenedAt,
    LabeledValue IncidentsLeft,
    SubmitButton Menu) : ICardData
{
    public static CardTemplate Template => CardTemplate.IncidentConfirmation;
}
