using SupportBot.Benefits.Advice;
using SupportBot.Benefits.Ledger;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.Advice;

public sealed class AccessIdAdvisorTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Advise_GoldAdminWithLinkedContract_AlreadyLinked()
    {
        var advice = Assert.IsType<AccessIdAdvice.AlreadyLinked>(await AdviseAsync(Personas.GoldAdmin));

        Assert.Equal(SampleContracts.FabrikamProductSupport, advice.Contract.Contract.Key);
        Assert.Equal(SupportPortal.SupportForBusiness, advice.Link?.Portal);
    }

    [Fact]
    public async Task Advise_TailspinFivePackUsedUp_ContractHiddenUsedUp()
    {
        var advice = Assert.IsType<AccessIdAdvice.ContractHidden>(await AdviseAsync(Personas.SilverHybrid));

        Assert.Equal(ContractStatus.UsedUp, advice.Reason);
        Assert.Equal("Signature 5pack", advice.Contract.Contract.PackName);
    }

    [Fact]
    public async Task Advise_WingtipExpired_ContractHiddenExpired()
    {
        var advice = Assert.IsType<AccessIdAdvice.ContractHidden>(await AdviseAsync(Personas.GoldExpired));

        Assert.Equal(ContractStatus.Expired, advice.Reason);
        Assert.Equal(SupportBenefit.SignatureCloudSupport, advice.Contract.Contract.Benefit);
    }

    [Fact]
    public async Task Advise_ActionPack_NoCloudSupport() =>
        Assert.IsType<AccessIdAdvice.NoCloudSupport>(await AdviseAsync(Personas.ActionPackAdmin));

    [Fact]
    public async Task Advise_CspAgent_UseCspSupportPlan() =>
        Assert.IsType<AccessIdAdvice.UseCspSupportPlan>(await AdviseAsync(Personas.CspAgent));

    [Fact]
    public async Task Advise_NoActiveMembership_NoBenefits() =>
        Assert.IsType<AccessIdAdvice.NoBenefits>(await AdviseAsync(Personas.NewUser));

    [Fact]
    public async Task Advise_NorthwindNotActivated_NotActivated() =>
        Assert.Equal(new AccessIdAdvice.NotActivated(Pending: false), await AdviseAsync(Personas.SilverPartnerAdmin));

    [Fact]
    public async Task Advise_EngineerWithNoLinks_AsksQuestions()
    {
        var advice = Assert.IsType<AccessIdAdvice.NeedsAnswers>(await AdviseAsync(Personas.GoldEngineer));

        Assert.Equal([AccessIdQuestion.LinkedBeforeWithThisAccount, AccessIdQuestion.WhichContractWasEntered], advice.Questions);
    }

    [Fact]
    public async Task Advise_EngineerLinkedBefore_AlreadyLinkedWithoutRecordedLink()
    {
        var advice = Assert.IsType<AccessIdAdvice.AlreadyLinked>(await AdviseAsync(Personas.GoldEngineer, new AccessIdAnswers(LinkedBeforeWithThisAccount: true)));

        Assert.Null(advice.Link);
    }

    [Fact]
    public async Task Advise_EngineerEnteredProductSupportNotLinkedBefore_LinkedToAdmin()
    {
        var answers = new AccessIdAnswers(LinkedBeforeWithThisAccount: false, ContractEntered: SupportBenefit.ProductSupport);

        var advice = Assert.IsType<AccessIdAdvice.LinkedToAnotherAccount>(await AdviseAsync(Personas.GoldEngineer, answers));

        Assert.Equal(Personas.GoldAdmin, advice.Link.SignInName);
    }

    [Fact]
    public async Task Advise_EngineerEnteredSignatureNotLinkedAnywhere_Unexplained()
    {
        var answers = new AccessIdAnswers(LinkedBeforeWithThisAccount: false, ContractEntered: SupportBenefit.SignatureCloudSupport);

        Assert.IsType<AccessIdAdvice.Unexplained>(await AdviseAsync(Personas.GoldEngineer, answers));
    }

    [Fact]
    public async Task Advise_EngineerAfterBookingOnProductSupport_AlreadyLinked()
    {
        await _host.Get<IIncidentLedger>().BookAsync(new(
            SampleContracts.FabrikamProductSupport, Personas.GoldEngineer, "SharePoint Server", "Search crawl fails", IncidentSeverity.C, "engineer-first"));

        Assert.IsType<AccessIdAdvice.AlreadyLinked>(await AdviseAsync(Personas.GoldEngineer));
    }

    private async Task<AccessIdAdvice> AdviseAsync(string signInName, AccessIdAnswers? answers = null) =>
        await _host.Get<IAccessIdAdvisor>().AdviseAsync(await _host.AccountAsync(signInName), answers);
}
