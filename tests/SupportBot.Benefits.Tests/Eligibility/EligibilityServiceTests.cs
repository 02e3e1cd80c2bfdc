using SupportBot.Benefits.Activation;
using SupportBot.Benefits.Eligibility;
using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.Eligibility;

public sealed class EligibilityServiceTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Per persona: association, role, membership and activation reasons, in that order.</summary>
    public static TheoryData<string, EligibilityReason, EligibilityReason, EligibilityReason, EligibilityReason> Personas => new()
    {
        { Support.Personas.GoldAdmin, EligibilityReason.MpnAssociated, EligibilityReason.GlobalAdmin, EligibilityReason.ActiveMembership, EligibilityReason.Activated },
        { Support.Personas.SilverPartnerAdmin, EligibilityReason.MpnAssociated, EligibilityReason.MpnPartnerAdmin, EligibilityReason.ActiveMembership, EligibilityReason.NotActivated },
        { Support.Personas.SilverHybrid, EligibilityReason.MpnAssociated, EligibilityReason.GlobalAdmin, EligibilityReason.ActiveMembership, EligibilityReason.Activated },
        { Support.Personas.GoldExpired, EligibilityReason.MpnAssociated, EligibilityReason.MpnPartnerAdmin, EligibilityReason.ActiveMembership, EligibilityReason.Activated },
        { Support.Personas.ActionPackAdmin, EligibilityReason.MpnAssociated, EligibilityReason.GlobalAdmin, EligibilityReason.ActiveMembership, EligibilityReason.Activated },
        { Support.Personas.CspAgent, EligibilityReason.CspOnly, EligibilityReason.AdminAgentCspPath, EligibilityReason.NoActiveMembership, EligibilityReason.NothingToActivate },
        { Support.Personas.NewUser, EligibilityReason.MpnAssociated, EligibilityReason.GlobalAdmin, EligibilityReason.NoActiveMembership, EligibilityReason.NothingToActivate },
        { Support.Personas.GoldEngineer, EligibilityReason.MpnAssociated, EligibilityReason.NoAdminRole, EligibilityReason.ActiveMembership, EligibilityReason.Activated },
    };

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Check_SamplePersona_GivesReasonsInOrder(
        string signInName,
        EligibilityReason association,
        EligibilityReason role,
        EligibilityReason membership,
        EligibilityReason activation)
    {
        var report = await CheckAsync(signInName);

        Assert.Equal(
            [EligibilityCheckKind.MpnAssociation, EligibilityCheckKind.Role, EligibilityCheckKind.ActiveMembership, EligibilityCheckKind.Activation],
            report.Checks.Select(check => check.Kind));
        Assert.Equal([association, role, membership, activation], report.Checks.Select(check => check.Reason));
    }

    [Fact]
    public async Task Check_CspAgent_FailsAssociationWithSignInFix()
    {
        var report = await CheckAsync(Support.Personas.CspAgent);

        Assert.Equal(new EligibilityCheck(EligibilityCheckKind.MpnAssociation, false, EligibilityReason.CspOnly, EligibilityFix.SignInWithMpnAccount), report.Check(EligibilityCheckKind.MpnAssociation));
        Assert.True(report.Check(EligibilityCheckKind.Role).Passed);
        Assert.False(report.AllPassed);
    }

    [Fact]
    public async Task Check_NewUser_FailsMembershipWithPlanFix()
    {
        var check = (await CheckAsync(Support.Personas.NewUser)).Check(EligibilityCheckKind.ActiveMembership);

        Assert.False(check.Passed);
        Assert.Equal(EligibilityFix.GetMembershipOrSupportPlan, check.Fix);
    }

    [Fact]
    public async Task Check_Engineer_FailsRoleWithAskAdminForIds()
    {
        var report = await CheckAsync(Support.Personas.GoldEngineer);

        Assert.Equal(EligibilityFix.AskAdminForIds, report.Check(EligibilityCheckKind.Role).Fix);
        Assert.True(report.Check(EligibilityCheckKind.Activation).Passed);
    }

    [Fact]
    public async Task Check_NorthwindAdmin_NotActivatedWithActivateFix()
    {
        var check = (await CheckAsync(Support.Personas.SilverPartnerAdmin)).Check(EligibilityCheckKind.Activation);

        Assert.Equal(new EligibilityCheck(EligibilityCheckKind.Activation, false, EligibilityReason.NotActivated, EligibilityFix.ActivateBenefits), check);
    }

    [Fact]
    public async Task Check_AfterActivationRequested_PendingWithWaitFix()
    {
        await _host.Get<IActivationService>().RequestActivationAsync(await _host.AccountAsync(Support.Personas.SilverPartnerAdmin));

        var report = await CheckAsync(Support.Personas.SilverPartnerAdmin);

        Assert.Equal(EligibilityReason.ActivationPending, report.Check(EligibilityCheckKind.Activation).Reason);
        Assert.Equal(EligibilityFix.WaitForActivation, report.Check(EligibilityCheckKind.Activation).Fix);
        Assert.NotNull(report.PendingActivation);
    }

    [Fact]
    public async Task Check_GoldAdmin_AllPassed() => Assert.True((await CheckAsync(Support.Personas.GoldAdmin)).AllPassed);

    [Theory]
    [InlineData(Support.Personas.GoldAdmin, 20, AllowanceKind.Unlimited, 0, null)]
    [InlineData(Support.Personas.GoldEngineer, 20, AllowanceKind.Unlimited, 0, null)]
    [InlineData(Support.Personas.SilverHybrid, 15, AllowanceKind.Count, 5, "Signature 5pack")]
    [InlineData(Support.Personas.SilverPartnerAdmin, 15, AllowanceKind.Count, 5, "Signature 5pack")]
    [InlineData(Support.Personas.GoldExpired, 20, AllowanceKind.Unlimited, 0, null)]
    public async Task Check_MemberPersona_ListsOnPremisesAndCloudEntitlements(
        string signInName,
        int onPremises,
        AllowanceKind cloudKind,
        int cloudCount,
        string? packName)
    {
        var report = await CheckAsync(signInName);

        Assert.Equal(Allowance.Incidents(onPremises), Assert.Single(report.OnPremises).Allowance);
        var cloud = Assert.Single(report.Cloud);
        Assert.Equal(new Allowance(cloudKind, cloudCount), cloud.Allowance);
        Assert.Equal(packName, cloud.PackName);
        Assert.Equal(new DateOnly(2021, 3, 4), report.TableEffectiveFrom);
    }

    [Fact]
    public async Task Check_ActionPack_OnPremisesOnly()
    {
        var report = await CheckAsync(Support.Personas.ActionPackAdmin);

        Assert.Equal(Allowance.Incidents(10), Assert.Single(report.OnPremises).Allowance);
        Assert.Empty(report.Cloud);
    }

    [Theory]
    [InlineData(Support.Personas.NewUser)]
    [InlineData(Support.Personas.CspAgent)]
    public async Task Check_NoActiveMembership_NoEntitlements(string signInName)
    {
        var report = await CheckAsync(signInName);

        Assert.Empty(report.OnPremises);
        Assert.Empty(report.Cloud);
    }

    private async Task<EligibilityReport> CheckAsync(string signInName) =>
        await _host.Get<IEligibilityService>().CheckAsync(await _host.AccountAsync(signInName));
}
