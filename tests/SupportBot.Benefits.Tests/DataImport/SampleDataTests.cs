using Microsoft.Extensions.Time.Testing;
using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.DataImport;
using SupportBot.Benefits.Ledger;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.DataImport;

public sealed class SampleDataTests
{
    [Fact]
    public async Task Initialize_EmptyStore_LoadsEveryPersona()
    {
        await using var host = await BenefitsTestHost.StartAsync();

        foreach (var signInName in Personas.All)
        {
            Assert.NotNull(await host.Get<IAccountDirectory>().FindBySignInNameAsync(signInName));
        }

        Assert.Equal(7, await host.CountAsync("benefits_partners"));
        Assert.Equal(8, await host.CountAsync("benefits_accounts"));
    }

    [Fact]
    public async Task Initialize_SecondTime_DoesNotLoadAgain()
    {
        await using var host = await BenefitsTestHost.StartAsync();

        await host.Services.InitializeBenefitsAsync();
        var again = await host.Get<IBenefitsDataImporter>().LoadSampleDataAsync();

        Assert.Equal(new ImportResult.Skipped(ImportSkipReason.StoreNotEmpty), again);
        Assert.Equal(8, await host.CountAsync("benefits_accounts"));
        Assert.Equal(3, await host.CountAsync("benefits_incidents"));
        Assert.Equal(1, await host.CountAsync("benefits_imports"));
    }

    [Fact]
    public async Task Initialize_StoreWithOtherData_DoesNotLoadSample()
    {
        await using var first = await BenefitsTestHost.StartAsync(options => options.LoadSampleData = false);
        await first.Get<IBenefitsDataImporter>().ImportAsync(TestData.FuturePartnerJson, "future.json");

        await using var second = await BenefitsTestHost.StartAsync(path: first.DatabasePath);

        Assert.Equal(1, await second.CountAsync("benefits_partners"));
        Assert.Null(await second.Get<IAccountDirectory>().FindBySignInNameAsync(Personas.GoldAdmin));
    }

    [Fact]
    public async Task Reopen_AfterBooking_KeepsDataAndBookings()
    {
        var path = BenefitsTestHost.NewDatabasePath();
        try
        {
            await using (var first = await BenefitsTestHost.StartAsync(path: path))
            {
                await first.Get<IIncidentLedger>().BookAsync(new(
                    SampleContracts.FabrikamProductSupport, Personas.GoldAdmin, "Windows Server", "Boot loop", IncidentSeverity.A, "before-restart"));
            }

            await using var reopened = await BenefitsTestHost.StartAsync(path: path);

            var account = await reopened.AccountAsync(Personas.GoldAdmin);
            var history = await reopened.Get<IIncidentLedger>().GetHistoryAsync(account, SampleContracts.FabrikamProductSupport);
            Assert.Equal(4, history.Count);
            Assert.Equal("before-restart", history[0].ActivityId);
            Assert.Equal(8, await reopened.CountAsync("benefits_accounts"));
        }
        finally
        {
            BenefitsTestHost.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task Sample_Dates_AreRelativeToTheLoadDay()
    {
        await using var host = await BenefitsTestHost.StartAsync(time: new FakeTimeProvider(new DateTimeOffset(2030, 1, 10, 8, 0, 0, TimeSpan.Zero)));

        var contracts = await host.Get<IContractService>().GetContractsAsync(await host.AccountAsync(Personas.GoldAdmin));

        var productSupport = contracts.Single(contract => contract.Contract.Key == SampleContracts.FabrikamProductSupport);
        Assert.Equal(new DateOnly(2029, 7, 10), productSupport.Contract.StartsOn);
        Assert.Equal(new DateOnly(2030, 7, 10), productSupport.Contract.EndsOn);
    }
}
