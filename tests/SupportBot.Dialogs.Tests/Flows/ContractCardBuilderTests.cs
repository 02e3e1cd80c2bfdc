using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Flows;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Tests.Engine;
using CardStatus = SupportBot.Cards.ContractStatus;

namespace SupportBot.Dialogs.Tests.Flows;

public sealed class ContractCardBuilderTests
{
    private static readonly Account GlobalAdmin = Viewer(AccountRoles.GlobalAdmin, "fabrikam");
    private static readonly Account PartnerAdmin = Viewer(AccountRoles.MpnPartnerAdmin, "fabrikam");
    private static readonly Account Engineer = Viewer(AccountRoles.None, "fabrikam");
    private static readonly Account OtherPartnersAdmin = Viewer(AccountRoles.GlobalAdmin, "tailspin");

    [Fact]
    public void Build_NoReveal_MasksBothIdsAndOffersShowFullIdsToAdmins()
    {
        using var culture = new UICultureScope("en-US");
        var card = ContractCardBuilder.Build(Summary(allowance: 20, used: 3), GlobalAdmin, reveal: false);

        Assert.Equal("••••••••7F3A", card.AccessId.Value);
        Assert.Equal("••••••••91C2", card.ContractId.Value);
        Assert.Equal(MenuReplies.ShowIds, card.ShowFullIds?.Reply);
        Assert.Equal(MenuReplies.LogIncident, card.LogIncident.Reply);
        Assert.Equal("contract-key", card.ContractReference);
        Assert.Contains("Only a Global admin or MPN partner admin", card.IdVisibilityNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AccountRoles.GlobalAdmin)]
    [InlineData(AccountRoles.MpnPartnerAdmin)]
    public void Build_RevealForAdmin_ShowsFullIdsAndHidesTheButton(AccountRoles role)
    {
        using var culture = new UICultureScope("en-US");
        var card = ContractCardBuilder.Build(Summary(allowance: 20, used: 3), Viewer(role, "fabrikam"), reveal: true);

        Assert.Equal("R9NBTN9A7F3A", card.AccessId.Value);
        Assert.Equal("U2A65UZF91C2", card.ContractId.Value);
        Assert.Null(card.ShowFullIds);
    }

    [Fact]
    public void Build_RevealForEngineer_StaysMaskedWithoutButton()
    {
        using var culture = new UICultureScope("en-US");
        var card = ContractCardBuilder.Build(Summary(allowance: 20, used: 3), Engineer, reveal: true);

        Assert.Equal("••••••••7F3A", card.AccessId.Value);
        Assert.Null(card.ShowFullIds);
    }

    [Fact]
    public void Build_RevealForAnotherPartnersAdmin_StaysMasked()
    {
        using var culture = new UICultureScope("en-US");
        var card = ContractCardBuilder.Build(Summary(allowance: 20, used: 3), OtherPartnersAdmin, reveal: true);

        Assert.Equal("••••••••91C2", card.ContractId.Value);
    }

    [Fact]
    public void Build_English_FormatsDatesCountsAndRecentIncidents()
    {
        using var culture = new UICultureScope("en-US");
        var card = ContractCardBuilder.Build(Summary(allowance: 20, used: 3), PartnerAdmin, reveal: false);

        Assert.Equal("Microsoft Product Support (on-premises)", card.BenefitName);
        Assert.Equal(CardStatus.Active, card.Status);
        Assert.Equal("May 24, 2026", card.StartDate.Value);
        Assert.Equal("May 24, 2027", card.EndDate.Value);
        Assert.Equal("3 of 20", card.Used.Value);
        Assert.Equal("17 of 20", card.Left.Value);
        var incident = Assert.Single(card.RecentIncidents);
        Assert.Equal("Nov 20, 2026", incident.Date);
        Assert.Equal("Severity B", incident.Severity);
        Assert.Equal(new Uri("https://support.serviceshub.microsoft.com/supportforbusiness/create"), Assert.Single(card.PortalLinks).Url);
    }

    [Fact]
    public void Build_TurkishUnlimitedCloudContract_SaysSinirsiz()
    {
        using var culture = new UICultureScope("tr-TR");
        var card = ContractCardBuilder.Build(
            Summary(allowance: null, used: 0, SupportBenefit.SignatureCloudSupport), GlobalAdmin, reveal: false);

        Assert.Equal("İmza Bulut Desteği (Signature Cloud Support)", card.BenefitName);
        Assert.Equal("Sınırsız", card.Left.Value);
        Assert.Equal("24 Mayıs 2026", card.StartDate.Value);
        Assert.Equal("Azure portalını aç", Assert.Single(card.PortalLinks).Title);
    }

    [Fact]
    public void Build_UsedUpPack_ShowsUsedUpStatusAndPackName()
    {
        using var culture = new UICultureScope("en-US");
        var summary = Summary(allowance: 5, used: 5, SupportBenefit.SignatureCloudSupport, "Signature 5pack") with { Status = ContractStatus.UsedUp };
        var card = ContractCardBuilder.Build(summary, GlobalAdmin, reveal: false);

        Assert.Equal("Signature Cloud Support, Signature 5pack", card.BenefitName);
        Assert.Equal(CardStatus.UsedUp, card.Status);
        Assert.Equal("Used up", card.StatusText);
        Assert.Equal("0 of 5", card.Left.Value);
    }

    private static Account Viewer(AccountRoles roles, string partnerId)
        => new($"{roles}@{partnerId}.example", roles.ToString(), roles, Association.Mpn, partnerId, null);

    private static ContractSummary Summary(int? allowance, int used, SupportBenefit benefit = SupportBenefit.ProductSupport, string? pack = null)
    {
        var contract = new Contract(
            "contract-key",
            "fabrikam",
            benefit,
            pack,
            new SupportSecret("R9NBTN9A7F3A"),
            new SupportSecret("U2A65UZF91C2"),
            allowance,
            used,
            new DateOnly(2026, 5, 24),
            new DateOnly(2027, 5, 24));
        var incident = new Incident(
            1, "contract-key", "gold.admin@fabrikam.example", benefit.Scope(), "Exchange Server 2019", "Mail flow stops",
            IncidentSeverity.B, new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), null);
        return new ContractSummary(contract, ContractStatus.Active, [], [incident]);
    }
}
