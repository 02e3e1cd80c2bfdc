using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.Contracts;

public sealed class ContractServiceTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetContracts_GoldAdmin_ProductSupportSeventeenOfTwentyLinkedThroughSupportForBusiness()
    {
        var contracts = await ContractsAsync(Personas.GoldAdmin);

        Assert.Equal([SupportBenefit.ProductSupport, SupportBenefit.SignatureCloudSupport], contracts.Select(summary => summary.Contract.Benefit));
        var productSupport = contracts[0];
        Assert.Equal((ContractStatus.Active, 20, 3, 17), (productSupport.Status, productSupport.Contract.Allowance, productSupport.Contract.Used, productSupport.Remaining));
        Assert.Equal(3, productSupport.RecentIncidents.Count);
        Assert.Equal(SupportPortal.SupportForBusiness, productSupport.LinkOf(Personas.GoldAdmin)?.Portal);
        Assert.Equal("••••••••7F3A", productSupport.Contract.AccessId.Masked);
        Assert.Equal("••••••••91C2", productSupport.Contract.ContractId.Masked);
        Assert.True(productSupport.Contract.StartsOn < DateOnly.FromDateTime(BenefitsTestHost.Start.UtcDateTime));
        Assert.True(productSupport.Contract.EndsOn > DateOnly.FromDateTime(BenefitsTestHost.Start.UtcDateTime));
    }

    [Fact]
    public async Task GetContracts_GoldAdmin_SignatureCloudUnlimitedActive()
    {
        var signature = (await ContractsAsync(Personas.GoldAdmin))[1];

        Assert.Equal(ContractStatus.Active, signature.Status);
        Assert.True(signature.Contract.IsUnlimited);
        Assert.Null(signature.Remaining);
    }

    [Fact]
    public async Task GetContracts_RecentIncidents_NewestFirstAndLimited()
    {
        var incidents = (await ContractsAsync(Personas.GoldAdmin, recent: 2))[0].RecentIncidents;

        Assert.Equal(2, incidents.Count);
        Assert.True(incidents[0].OpenedAt > incidents[1].OpenedAt);
        Assert.Equal("Exchange Server 2019", incidents[0].Product);
    }

    [Fact]
    public async Task GetContracts_Tailspin_FivePackUsedUpAndProductSupportFifteenLeft()
    {
        var contracts = await ContractsAsync(Personas.SilverHybrid);

        var pack = contracts.Single(summary => summary.Contract.Key == SampleContracts.TailspinSignature5Pack);
        var productSupport = contracts.Single(summary => summary.Contract.Key == SampleContracts.TailspinProductSupport);
        Assert.Equal((ContractStatus.UsedUp, 0, "Signature 5pack"), (pack.Status, pack.Remaining!.Value, pack.Contract.PackName!));
        Assert.Equal((ContractStatus.Active, 15), (productSupport.Status, productSupport.Remaining!.Value));
    }

    [Fact]
    public async Task GetContracts_Wingtip_AllExpired() =>
        Assert.All(await ContractsAsync(Personas.GoldExpired), summary => Assert.Equal(ContractStatus.Expired, summary.Status));

    [Fact]
    public async Task GetContracts_Contoso_ProductSupportTenOfTenOnly()
    {
        var contract = Assert.Single(await ContractsAsync(Personas.ActionPackAdmin));

        Assert.Equal((SupportBenefit.ProductSupport, ContractStatus.Active, 10), (contract.Contract.Benefit, contract.Status, contract.Remaining!.Value));
    }

    [Theory]
    [InlineData(Personas.SilverPartnerAdmin)]
    [InlineData(Personas.CspAgent)]
    [InlineData(Personas.NewUser)]
    public async Task GetContracts_NoContractsOnRecord_IsEmpty(string signInName) =>
        Assert.Empty(await ContractsAsync(signInName));

    [Fact]
    public async Task GetContracts_EveryPersona_SeesOnlyOwnPartnersContracts()
    {
        foreach (var signInName in Personas.All)
        {
            var account = await _host.AccountAsync(signInName);

            Assert.All(await ContractsAsync(signInName), summary => Assert.Equal(account.PartnerId, summary.Contract.PartnerId));
        }
    }

    [Fact]
    public async Task GetContracts_ClockPassesEndDate_BecomesExpired()
    {
        var before = Assert.Single(await ContractsAsync(Personas.ActionPackAdmin));
        _host.Time.SetUtcNow(new DateTimeOffset(before.Contract.EndsOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

        var after = Assert.Single(await ContractsAsync(Personas.ActionPackAdmin));

        Assert.Equal(ContractStatus.Expired, after.Status);
    }

    private async Task<IReadOnlyList<ContractSummary>> ContractsAsync(string signInName, int recent = 3) =>
        await _host.Get<IContractService>().GetContractsAsync(await _host.AccountAsync(signInName), recent);
}
