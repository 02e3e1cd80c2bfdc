using SupportBot.Benefits.Activation;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.Activation;

public sealed class ActivationServiceTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Request_MpnPartnerAdminNotActivated_RecordsPendingRequest()
    {
        var result = await RequestAsync(Personas.SilverPartnerAdmin);

        var request = Assert.IsType<ActivationResult.Requested>(result).Request;
        Assert.Equal(("northwind", Personas.SilverPartnerAdmin, ActivationRequestStatus.Pending, BenefitsTestHost.Start), (request.PartnerId, request.RequestedBy, request.Status, request.RequestedAt));
    }

    [Fact]
    public async Task Request_AgainWhilePending_ReturnsExistingRequest()
    {
        var first = Assert.IsType<ActivationResult.Requested>(await RequestAsync(Personas.SilverPartnerAdmin));
        _host.Time.Advance(TimeSpan.FromHours(5));

        var second = await RequestAsync(Personas.SilverPartnerAdmin);

        Assert.Equal(first.Request, Assert.IsType<ActivationResult.AlreadyPending>(second).Request);
        Assert.Equal(1, await _host.CountAsync("benefits_activation_requests"));
    }

    [Fact]
    public async Task Request_ManyAtOnce_RecordsOnePending()
    {
        var account = await _host.AccountAsync(Personas.SilverPartnerAdmin);
        var service = _host.Get<IActivationService>();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => service.RequestActivationAsync(account))));

        Assert.Single(results.OfType<ActivationResult.Requested>());
        Assert.Equal(9, results.OfType<ActivationResult.AlreadyPending>().Count());
        Assert.Equal(1, await _host.CountAsync("benefits_activation_requests"));
    }

    [Theory]
    [InlineData(Personas.GoldAdmin, 2)]
    [InlineData(Personas.GoldExpired, 2)]
    [InlineData(Personas.ActionPackAdmin, 1)]
    public async Task Request_AlreadyActivated_ReturnsContracts(string signInName, int contracts)
    {
        var result = await RequestAsync(signInName);

        Assert.Equal(contracts, Assert.IsType<ActivationResult.AlreadyActive>(result).Contracts.Count);
        Assert.Equal(0, await _host.CountAsync("benefits_activation_requests"));
    }

    [Fact]
    public async Task Request_EngineerWithoutAdminRole_RefusedNamingActivators()
    {
        var refused = Assert.IsType<ActivationResult.Refused>(await RequestAsync(Personas.GoldEngineer));

        Assert.Equal(ActivationRefusal.RoleNotAllowed, refused.Reason);
        Assert.Equal([Personas.GoldAdmin], refused.Activators.Select(account => account.SignInName));
    }

    [Fact]
    public async Task Request_CspOnlyAgent_RefusedNotMpnAssociated()
    {
        var refused = Assert.IsType<ActivationResult.Refused>(await RequestAsync(Personas.CspAgent));

        Assert.Equal(ActivationRefusal.NotMpnAssociated, refused.Reason);
        Assert.Empty(refused.Activators);
    }

    [Fact]
    public async Task Request_NoActiveMembership_Refused()
    {
        var refused = Assert.IsType<ActivationResult.Refused>(await RequestAsync(Personas.NewUser));

        Assert.Equal(ActivationRefusal.NoActiveMembership, refused.Reason);
        Assert.Equal(0, await _host.CountAsync("benefits_activation_requests"));
    }

    private async Task<ActivationResult> RequestAsync(string signInName) =>
        await _host.Get<IActivationService>().RequestActivationAsync(await _host.AccountAsync(signInName));
}
