using SupportBot.Benefits.Activation;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Routing;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.Routing;

public sealed class SupportRoutingServiceTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(Personas.GoldAdmin, RouteAvailability.Available, RouteAvailability.Available)]
    [InlineData(Personas.GoldEngineer, RouteAvailability.Available, RouteAvailability.Available)]
    [InlineData(Personas.SilverPartnerAdmin, RouteAvailability.NotActivated, RouteAvailability.NotActivated)]
    [InlineData(Personas.SilverHybrid, RouteAvailability.Available, RouteAvailability.UsedUp)]
    [InlineData(Personas.GoldExpired, RouteAvailability.Expired, RouteAvailability.Expired)]
    [InlineData(Personas.ActionPackAdmin, RouteAvailability.Available, RouteAvailability.NotEntitled)]
    [InlineData(Personas.CspAgent, RouteAvailability.NotMpnAssociated, RouteAvailability.NotMpnAssociated)]
    [InlineData(Personas.NewUser, RouteAvailability.NoActiveMembership, RouteAvailability.NoActiveMembership)]
    public async Task GetRoutes_SamplePersona_GivesAvailabilityPerScope(string signInName, RouteAvailability onPremises, RouteAvailability cloud)
    {
        var facts = await RoutesAsync(signInName);

        Assert.Equal((onPremises, cloud), (facts.OnPremises.Availability, facts.Cloud.Availability));
    }

    [Fact]
    public async Task GetRoutes_GoldAdmin_PortalsAndContractsPerScope()
    {
        var facts = await RoutesAsync(Personas.GoldAdmin);

        Assert.Equal(SupportLinks.SupportForBusinessCreate, facts.OnPremises.Portal);
        Assert.Equal(SampleContracts.FabrikamProductSupport, facts.OnPremises.Contract?.Contract.Key);
        Assert.Equal(SupportLinks.AzureHelpAndSupport, facts.For(SupportScope.Cloud).Portal);
        Assert.Equal(SampleContracts.FabrikamSignature, facts.Cloud.Contract?.Contract.Key);
        Assert.False(facts.CanUseCspSupportPlan);
        Assert.False(facts.CanUseAdminAgentPath);
    }

    [Fact]
    public async Task GetRoutes_CspAgent_CspSupportPlanAndAdminAgentPath()
    {
        var facts = await RoutesAsync(Personas.CspAgent);

        Assert.True(facts.CanUseCspSupportPlan);
        Assert.True(facts.CanUseAdminAgentPath);
    }

    [Fact]
    public async Task GetRoutes_ActivationRequested_Pending()
    {
        await _host.Get<IActivationService>().RequestActivationAsync(await _host.AccountAsync(Personas.SilverPartnerAdmin));

        var facts = await RoutesAsync(Personas.SilverPartnerAdmin);

        Assert.Equal(RouteAvailability.ActivationPending, facts.OnPremises.Availability);
    }

    private async Task<SupportRoutingFacts> RoutesAsync(string signInName) =>
        await _host.Get<ISupportRoutingService>().GetRoutesAsync(await _host.AccountAsync(signInName));
}
