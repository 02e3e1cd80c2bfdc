using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.DataImport;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.DataImport;

public sealed class DataImportTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    private IBenefitsDataImporter Importer => _host.Get<IBenefitsDataImporter>();

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Import_BadFile_ReportsEveryProblem()
    {
        var result = await Importer.ImportAsync(TestData.BadJson, "bad.json");

        var problems = Assert.IsType<ImportResult.Rejected>(result).Problems;
        string[] expectedPaths =
        [
            "$.partnerz",
            "$.entitlementTables[0].effectiveFrom",
            "$.entitlementTables[0].rows[0].offer",
            "$.entitlementTables[0].rows[0].allowance",
            "$.partners[0].name",
            "$.partners[0].activatedAt",
            "$.partners[0].memberships[0].competency",
            "$.partners[0].memberships[1].competency",
            "$.partners[0].accounts[0].signInName",
            "$.partners[0].accounts[0].roles[0]",
            "$.partners[0].accounts[2].signInName",
            "$.partners[0].accounts[2].association",
            "$.partners[0].contracts[0].contractId",
            "$.partners[0].contracts[0].used",
            "$.partners[0].contracts[0].endsOn",
            "$.partners[0].contracts[0].incidents[0].signInName",
            "$.partners[0].contracts[0].incidents[0].severity",
            "$.partners[0].contracts[0].incidents[0].openedAt",
            "$.partners[1].id",
        ];
        Assert.Equal(expectedPaths.Order(StringComparer.Ordinal), problems.Select(problem => problem.Path).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_BadFile_LoadsNothing()
    {
        var partnersBefore = await _host.CountAsync("benefits_partners");

        await Importer.ImportAsync(TestData.BadJson, "bad.json");

        Assert.Equal(partnersBefore, await _host.CountAsync("benefits_partners"));
        Assert.Null(await _host.Get<IAccountDirectory>().FindBySignInNameAsync("twice@broken.example"));
        Assert.Equal(0, await _host.CountAsync("benefits_contracts WHERE key = 'broken-ps'"));
    }

    [Fact]
    public async Task Import_BadFile_NeverQuotesSecrets()
    {
        var problems = Assert.IsType<ImportResult.Rejected>(await Importer.ImportAsync(TestData.BadJson, "bad.json")).Problems;

        Assert.DoesNotContain(problems, problem => problem.ToString().Contains("SECRET-ACCESS", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, problem => problem.ToString().Contains("short", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_BrokenJsonSyntax_ReportsLine()
    {
        var result = await Importer.ImportAsync("{\n  \"partners\": [\n    { \"id\": \"x\", }\n    oops\n  ]\n}", "syntax.json");

        var problem = Assert.Single(Assert.IsType<ImportResult.Rejected>(result).Problems);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public async Task Import_ValidFile_AddsPartnerWithRelativeDatesResolved()
    {
        var result = await Importer.ImportAsync(TestData.FuturePartnerJson, "future.json");

        Assert.Equal(new ImportResult.Imported(1, 1, 1, 0), result);
        var account = await _host.AccountAsync("admin@future.example");
        var contract = Assert.Single(await _host.Get<IContractService>().GetContractsAsync(account));
        Assert.Equal(new DateOnly(2025, 7, 16), contract.Contract.StartsOn);
        Assert.Equal(ContractStatus.NotStarted, contract.Status);
    }

    [Fact]
    public async Task Import_DataFormatExample_ImportsLinksAndIncidents()
    {
        var result = await Importer.ImportAsync(TestData.DataFormatExampleJson, "example.json");

        Assert.Equal(new ImportResult.Imported(1, 1, 1, 1), result);
        var account = await _host.AccountAsync("admin@future.example");
        var contract = Assert.Single(await _host.Get<IContractService>().GetContractsAsync(account));
        Assert.Equal((ContractStatus.Active, 19), (contract.Status, contract.Remaining!.Value));
        Assert.Equal(SupportPortal.SupportForBusiness, contract.LinkOf("admin@future.example")?.Portal);
        Assert.Equal(BenefitsTestHost.Start.AddHours(-2), Assert.Single(contract.RecentIncidents).OpenedAt);
    }

    [Fact]
    public async Task Import_SameContentTwice_SkipsSecondTime()
    {
        await Importer.ImportAsync(TestData.FuturePartnerJson, "future.json");

        var again = await Importer.ImportAsync(TestData.FuturePartnerJson, "future-copy.json");

        Assert.Equal(new ImportResult.Skipped(ImportSkipReason.AlreadyImported), again);
    }

    [Fact]
    public async Task Import_IdsAlreadyInStore_RefusedWithEachConflict()
    {
        var conflicting = TestData.FuturePartnerJson
            .Replace("\"future\"", "\"fabrikam\"", StringComparison.Ordinal)
            .Replace("admin@future.example", "GOLD.ADMIN@fabrikam.example", StringComparison.Ordinal)
            .Replace("future-product-support", "fabrikam-product-support", StringComparison.Ordinal);

        var result = await Importer.ImportAsync(conflicting, "conflict.json");

        Assert.Equal(
            ["$.partners[0].accounts[0].signInName", "$.partners[0].contracts[0].key", "$.partners[0].id"],
            Assert.IsType<ImportResult.Rejected>(result).Problems.Select(problem => problem.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Initialize_ConfiguredBadFile_ThrowsWithEveryProblem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, TestData.BadJson);
        try
        {
            var exception = await Assert.ThrowsAsync<BenefitsDataException>(() =>
                BenefitsTestHost.StartAsync(options => options.ImportFile = file, _host.DatabasePath, _host.Time));

            Assert.Equal(19, exception.Problems.Select(problem => problem.Path).Distinct().Count());
            Assert.Contains("$.partners[0].contracts[0].used", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET-ACCESS", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Initialize_ConfiguredGoodFile_LoadsItBesideSampleData()
    {
        var file = Path.Combine(Path.GetTempPath(), $"good-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, TestData.FuturePartnerJson);
        try
        {
            await using var reopened = await BenefitsTestHost.StartAsync(options => options.ImportFile = file, _host.DatabasePath, _host.Time);

            Assert.NotNull(await reopened.Get<IAccountDirectory>().FindBySignInNameAsync("admin@future.example"));
            Assert.Equal(8, await reopened.CountAsync("benefits_partners"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
