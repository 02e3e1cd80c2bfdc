using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Routing;
using SupportBot.Cards;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Resources;
using BenefitStatus = SupportBot.Benefits.Model.ContractStatus;
using CardStatus = SupportBot.Cards.ContractStatus;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// Builds the contract card's data for one contract as a given account sees it, in the current UI language.
/// The Access ID and Contract ID stay masked unless <c>reveal</c> is asked for and the viewer is a Global admin
/// or MPN partner admin of the contract's own partner; the card says who can see them.
/// </summary>
public static class ContractCardBuilder
{
    public static ContractCardData Build(ContractSummary summary, Account viewer, bool reveal)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(viewer);
        var contract = summary.Contract;
        var mayReveal = viewer.CanActivate && string.Equals(viewer.PartnerId, contract.PartnerId, StringComparison.Ordinal);
        var showFull = reveal && mayReveal;

        return new ContractCardData(
            ContractFormat.BenefitName(contract),
            ToCardStatus(summary.Status),
            StatusText(summary.Status),
            new LabeledValue(ContractStrings.StartDateLabel, ContractFormat.Date(contract.StartsOn)),
            new LabeledValue(ContractStrings.EndDateLabel, ContractFormat.Date(contract.EndsOn)),
            new LabeledValue(ContractStrings.UsedLabel, ContractFormat.Used(contract)),
            new LabeledValue(ContractStrings.LeftLabel, ContractFormat.Left(contract)),
            ContractStrings.RecentIncidentsHeading,
            [.. summary.RecentIncidents.Select(ToRecentIncident)],
            new LabeledValue(ContractStrings.AccessIdLabel, showFull ? contract.AccessId.Reveal() : contract.AccessId.Masked),
            new LabeledValue(ContractStrings.ContractIdLabel, showFull ? contract.ContractId.Reveal() : contract.ContractId.Masked),
            showFull ? ContractStrings.IdsShownNote : ContractStrings.IdsMaskedNote,
            contract.Key,
            new SubmitButton(ContractStrings.ButtonLogIncident, MenuReplies.LogIncident),
            mayReveal && !showFull ? new SubmitButton(ContractStrings.ButtonShowFullIds, MenuReplies.ShowIds) : null,
            new SubmitButton(Strings.MenuButton, MenuReplies.Menu),
            [PortalLink(contract.Benefit)]);
    }

    private static RecentIncident ToRecentIncident(Incident incident) => new(
        ContractFormat.Date(incident.OpenedAt),
        incident.Title,
        ContractFormat.Format(ContractStrings.SeverityShort, incident.Severity.ToString()));

    private static LinkButton PortalLink(SupportBenefit benefit) => benefit == SupportBenefit.ProductSupport
        ? new LinkButton(ContractStrings.PortalSupportForBusiness, SupportLinks.SupportForBusinessCreate)
        : new LinkButton(ContractStrings.PortalAzure, SupportLinks.AzureHelpAndSupport);

    private static CardStatus ToCardStatus(BenefitStatus status) => status switch
    {
        BenefitStatus.Active => CardStatus.Active,
        BenefitStatus.Expired => CardStatus.Expired,
        BenefitStatus.UsedUp or BenefitStatus.NotStarted => CardStatus.UsedUp,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown contract status."),
    };

    private static string StatusText(BenefitStatus status) => status switch
    {
        BenefitStatus.Active => ContractStrings.StatusActive,
        BenefitStatus.Expired => ContractStrings.StatusExpired,
        BenefitStatus.UsedUp => ContractStrings.StatusUsedUp,
        BenefitStatus.NotStarted => ContractStrings.StatusNotStarted,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown contract status."),
    };
}
