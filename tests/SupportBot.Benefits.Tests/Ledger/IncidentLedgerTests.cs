using Microsoft.Data.Sqlite;
using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.DataImport;
using SupportBot.Benefits.Ledger;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.Ledger;

public sealed class IncidentLedgerTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    private IIncidentLedger Ledger => _host.Get<IIncidentLedger>();

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Book_ActiveCountedContract_BooksAndReturnsRemaining()
    {
        var result = await Ledger.BookAsync(Request(SampleContracts.FabrikamProductSupport, Personas.GoldAdmin, "activity-1"));

        var booked = Assert.IsType<BookingResult.Booked>(result);
        Assert.Equal(16, booked.Remaining);
        Assert.Equal(SupportScope.OnPremises, booked.Incident.Scope);
        Assert.Equal(BenefitsTestHost.Start, booked.Incident.OpenedAt);
        Assert.Equal("activity-1", booked.Incident.ActivityId);
    }

    [Fact]
    public async Task Book_FiftyParallelOnFifteenLeft_BooksExactlyFifteen()
    {
        var results = await RunInParallelAsync(50, index =>
            Request(SampleContracts.TailspinProductSupport, Personas.SilverHybrid, $"parallel-{index}"));

        Assert.Equal(15, results.OfType<BookingResult.Booked>().Count());
        Assert.Equal(35, results.OfType<BookingResult.Refused>().Count(refused => refused.Reason == BookingRefusal.UsedUp));
        Assert.Equal(0, (await ContractAsync(Personas.SilverHybrid, SampleContracts.TailspinProductSupport)).Remaining);
        Assert.Equal(15, (await HistoryAsync(Personas.SilverHybrid, SampleContracts.TailspinProductSupport)).Count);
        Assert.Equal(Enumerable.Range(0, 15), results.OfType<BookingResult.Booked>().Select(booked => booked.Remaining!.Value).Order());
    }

    [Fact]
    public async Task Book_SameActivityInParallel_BooksOnce()
    {
        var results = await RunInParallelAsync(20, _ =>
            Request(SampleContracts.FabrikamProductSupport, Personas.GoldAdmin, "double-clicked-card"));

        var booked = Assert.Single(results.OfType<BookingResult.Booked>());
        var duplicates = results.OfType<BookingResult.Duplicate>().ToList();
        Assert.Equal(19, duplicates.Count);
        Assert.All(duplicates, duplicate => Assert.Equal(booked.Incident, duplicate.Original));
        Assert.Equal(16, (await ContractAsync(Personas.GoldAdmin, SampleContracts.FabrikamProductSupport)).Remaining);
    }

    [Fact]
    public async Task Book_RetriedDelivery_ReturnsOriginalAsDuplicate()
    {
        var first = Assert.IsType<BookingResult.Booked>(
            await Ledger.BookAsync(Request(SampleContracts.ContosoProductSupport, Personas.ActionPackAdmin, "retry-me")));

        var again = await Ledger.BookAsync(Request(SampleContracts.ContosoProductSupport, Personas.ActionPackAdmin, "retry-me"));

        var duplicate = Assert.IsType<BookingResult.Duplicate>(again);
        Assert.Equal(first.Incident, duplicate.Original);
        Assert.Equal(9, duplicate.Remaining);
    }

    [Fact]
    public async Task Book_WithoutActivityId_BooksEachTime()
    {
        await Ledger.BookAsync(Request(SampleContracts.ContosoProductSupport, Personas.ActionPackAdmin, null));
        var second = await Ledger.BookAsync(Request(SampleContracts.ContosoProductSupport, Personas.ActionPackAdmin, null));

        Assert.Equal(8, Assert.IsType<BookingResult.Booked>(second).Remaining);
    }

    [Fact]
    public async Task Book_UnlimitedContractHundredTimes_RecordsAllWithNoLimit()
    {
        var results = await RunInParallelAsync(100, index =>
            Request(SampleContracts.FabrikamSignature, Personas.GoldAdmin, $"cloud-{index}"));

        Assert.All(results, result => Assert.Null(Assert.IsType<BookingResult.Booked>(result).Remaining));
        Assert.Equal(100, (await HistoryAsync(Personas.GoldAdmin, SampleContracts.FabrikamSignature)).Count);
        Assert.All(await HistoryAsync(Personas.GoldAdmin, SampleContracts.FabrikamSignature), incident => Assert.Equal(SupportScope.Cloud, incident.Scope));
    }

    [Fact]
    public async Task Book_ExpiredContract_RefusesExpired()
    {
        var result = await Ledger.BookAsync(Request(SampleContracts.WingtipProductSupport, Personas.GoldExpired, "late"));

        Assert.Equal(BookingRefusal.Expired, Assert.IsType<BookingResult.Refused>(result).Reason);
    }

    [Fact]
    public async Task Book_UsedUpSignaturePack_RefusesUsedUp()
    {
        var result = await Ledger.BookAsync(Request(SampleContracts.TailspinSignature5Pack, Personas.SilverHybrid, "none-left"));

        Assert.Equal(BookingRefusal.UsedUp, Assert.IsType<BookingResult.Refused>(result).Reason);
    }

    [Fact]
    public async Task Book_OtherPartnersContract_RefusesNotYourContract()
    {
        var result = await Ledger.BookAsync(Request(SampleContracts.FabrikamProductSupport, Personas.SilverHybrid, "borrowed"));

        Assert.Equal(BookingRefusal.NotYourContract, Assert.IsType<BookingResult.Refused>(result).Reason);
        Assert.Equal(17, (await ContractAsync(Personas.GoldAdmin, SampleContracts.FabrikamProductSupport)).Remaining);
    }

    [Fact]
    public async Task Book_UnknownContract_RefusesUnknownContract()
    {
        var result = await Ledger.BookAsync(Request("no-such-contract", Personas.GoldAdmin, "x"));

        Assert.Equal(BookingRefusal.UnknownContract, Assert.IsType<BookingResult.Refused>(result).Reason);
    }

    [Fact]
    public async Task Book_UnknownAccount_RefusesUnknownAccount()
    {
        var result = await Ledger.BookAsync(Request(SampleContracts.FabrikamProductSupport, "stranger@example.com", "x"));

        Assert.Equal(BookingRefusal.UnknownAccount, Assert.IsType<BookingResult.Refused>(result).Reason);
    }

    [Fact]
    public async Task Book_ContractNotStartedYet_RefusesNotActive()
    {
        await _host.Get<IBenefitsDataImporter>().ImportAsync(TestData.FuturePartnerJson, "future.json");

        var result = await Ledger.BookAsync(Request("future-product-support", "admin@future.example", "early"));

        Assert.Equal(BookingRefusal.NotActive, Assert.IsType<BookingResult.Refused>(result).Reason);
    }

    [Fact]
    public async Task Book_ContractExpiresWhileClockMoves_RefusesAfterEndDate()
    {
        var contract = await ContractAsync(Personas.ActionPackAdmin, SampleContracts.ContosoProductSupport);
        _host.Time.SetUtcNow(new DateTimeOffset(contract.Contract.EndsOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

        var result = await Ledger.BookAsync(Request(SampleContracts.ContosoProductSupport, Personas.ActionPackAdmin, "next-year"));

        Assert.Equal(BookingRefusal.Expired, Assert.IsType<BookingResult.Refused>(result).Reason);
    }

    [Fact]
    public async Task Book_ByEngineerWithoutAdminRole_BooksAndLinksContractToEngineer()
    {
        await Ledger.BookAsync(Request(SampleContracts.FabrikamProductSupport, Personas.GoldEngineer, "engineer-1"));

        var contract = await ContractAsync(Personas.GoldEngineer, SampleContracts.FabrikamProductSupport);
        Assert.Equal(SupportPortal.SupportForBusiness, contract.LinkOf(Personas.GoldEngineer)?.Portal);
    }

    [Fact]
    public async Task History_AfterBookings_OnlyGrowsNewestFirst()
    {
        var before = await HistoryAsync(Personas.GoldAdmin, SampleContracts.FabrikamProductSupport);
        await Ledger.BookAsync(Request(SampleContracts.FabrikamProductSupport, Personas.GoldAdmin, "h-1"));
        await Ledger.BookAsync(Request(SampleContracts.FabrikamProductSupport, Personas.GoldAdmin, "h-2"));

        var after = await HistoryAsync(Personas.GoldAdmin, SampleContracts.FabrikamProductSupport);

        Assert.Equal(3, before.Count);
        Assert.Equal(5, after.Count);
        Assert.Equal(before, after.Skip(2));
        Assert.Equal(["h-2", "h-1"], after.Take(2).Select(incident => incident.ActivityId));
    }

    [Theory]
    [InlineData("UPDATE benefits_incidents SET title = 'rewritten'")]
    [InlineData("DELETE FROM benefits_incidents")]
    public async Task History_UpdateOrDelete_IsRejectedByTheStore(string sql)
    {
        await using var connection = await _host.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;

        var exception = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, await _host.CountAsync("benefits_incidents"));
    }

    [Fact]
    public async Task History_OfAnotherPartnersContract_IsEmpty()
    {
        Assert.Empty(await HistoryAsync(Personas.SilverHybrid, SampleContracts.FabrikamProductSupport));
    }

    private static BookingRequest Request(string contract, string signInName, string? activityId) =>
        new(contract, signInName, "Windows Server 2022", "Service fails to start", IncidentSeverity.B, activityId);

    /// <summary>Real threads released together, each booking over its own connection.</summary>
    private async Task<IReadOnlyList<BookingResult>> RunInParallelAsync(int count, Func<int, BookingRequest> request)
    {
        using var gate = new Barrier(count);
        var threads = Enumerable.Range(0, count)
            .Select(index => Task.Factory.StartNew(
                () =>
                {
                    gate.SignalAndWait();
                    return Ledger.BookAsync(request(index)).GetAwaiter().GetResult();
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToList();
        return await Task.WhenAll(threads);
    }

    private async Task<ContractSummary> ContractAsync(string signInName, string key)
    {
        var contracts = await _host.Get<IContractService>().GetContractsAsync(await _host.AccountAsync(signInName));
        return contracts.Single(summary => summary.Contract.Key == key);
    }

    private async Task<IReadOnlyList<Incident>> HistoryAsync(string signInName, string key) =>
        await Ledger.GetHistoryAsync(await _host.AccountAsync(signInName), key);
}
