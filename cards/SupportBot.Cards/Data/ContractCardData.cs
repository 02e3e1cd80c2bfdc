namespace SupportBot.Cards;

/// <summary>
/// One support contract. <see cref="ContractReference"/> is the bot's own, non-secret key for the contract,
/// sent back as <c>contractId</c> by every submit button; it must never be the Microsoft Contract ID.
/// <see cref="AccessId"/> and <see cref="ContractId"/> carry values already masked unless the user may see them.
/// Leave <see cref="ShowFullIds"/> null to hide that button (for example when the IDs are already shown); set
/// <see cref="LogIncidentStarted"/> once the card's "Log an incident" was pressed, which disables that button.
/// </summary>
public sealed record ContractCardData(
    string BenefitName,
    ContractStatus Status,
    string StatusText,
    LabeledValue StartDate,
    LabeledValue EndDate,
    LabeledValue Used,
    LabeledValue Left,
    string RecentIncidentsHeading,
    IReadOnlyList<RecentIncident> RecentIncidents,
    LabeledValue AccessId,
    LabeledValue ContractId,
    string IdVisibilityNote,
    string ContractReference,
    SubmitButton LogIncident,
    SubmitButton? ShowFullIds,
    SubmitButton Menu,
    IReadOnlyList<LinkButton> PortalLinks,
    bool LogIncidentStarted = false) : ICardData
{
    public static CardTemplate Template => CardTemplate.Contract;
}
