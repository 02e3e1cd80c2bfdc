using SupportBot.Benefits.DataImport;
using SupportBot.Benefits.Entitlements;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Storage;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.Entitlements;

public sealed class EntitlementTableTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Every cell of DOMAIN.md's table, for a cloud and an "other" competency each.</summary>
    public static TheoryData<MembershipOffer, string?, SupportBenefit, AllowanceKind, int, string?> Cells => new()
    {
        { MembershipOffer.ActionPack, null, SupportBenefit.ProductSupport, AllowanceKind.Count, 10, null },
        { MembershipOffer.ActionPack, null, SupportBenefit.SignatureCloudSupport, AllowanceKind.None, 0, null },
        { MembershipOffer.Silver, "Cloud Platform", SupportBenefit.ProductSupport, AllowanceKind.Count, 15, null },
        { MembershipOffer.Silver, "Data Analytics", SupportBenefit.ProductSupport, AllowanceKind.Count, 15, null },
        { MembershipOffer.Silver, "Security", SupportBenefit.SignatureCloudSupport, AllowanceKind.Unlimited, 0, null },
        { MembershipOffer.Silver, "Data Analytics", SupportBenefit.SignatureCloudSupport, AllowanceKind.Count, 5, "Signature 5pack" },
        { MembershipOffer.Gold, "Cloud Productivity", SupportBenefit.ProductSupport, AllowanceKind.Count, 20, null },
        { MembershipOffer.Gold, "Application Development", SupportBenefit.ProductSupport, AllowanceKind.Count, 20, null },
        { MembershipOffer.Gold, "Cloud Platform", SupportBenefit.SignatureCloudSupport, AllowanceKind.Unlimited, 0, null },
        { MembershipOffer.Gold, "Data Analytics", SupportBenefit.SignatureCloudSupport, AllowanceKind.Count, 10, "Signature 10pack" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Resolve_TableOf2021_MatchesDomainCell(
        MembershipOffer offer,
        string? competency,
        SupportBenefit benefit,
        AllowanceKind kind,
        int count,
        string? packName)
    {
        var table = await TableInForceAsync(new DateOnly(2021, 3, 4));

        var entitlement = table.Resolve(new Membership(offer, competency, IsActive: true), benefit);

        Assert.Equal(new Allowance(kind, count), entitlement.Allowance);
        Assert.Equal(packName, entitlement.PackName);
        Assert.Equal(new DateOnly(2021, 3, 4), entitlement.TableEffectiveFrom);
    }

    [Fact]
    public async Task InForceOn_DayBeforeFirstTable_IsNull()
    {
        await using var connection = await _host.OpenAsync();
        var catalog = await connection.EntitlementCatalogAsync(CancellationToken.None);

        Assert.Null(catalog.InForceOn(new DateOnly(2021, 3, 3)));
    }

    [Fact]
    public async Task InForceOn_NewProgramYearImported_NewTableAppliesFromItsDate()
    {
        const string newYear = """
            {
              "entitlementTables": [
                { "effectiveFrom": "2025-07-01", "rows": [
                  { "offer": "Gold", "competencies": "Any", "benefit": "ProductSupport", "allowance": 25 } ] }
              ],
              "partners": []
            }
            """;
        await _host.Get<IBenefitsDataImporter>().ImportAsync(newYear, "fy26.json");
        var gold = new Membership(MembershipOffer.Gold, "Cloud Platform", IsActive: true);

        var before = (await TableInForceAsync(new DateOnly(2025, 6, 30))).Resolve(gold, SupportBenefit.ProductSupport);
        var after = (await TableInForceAsync(new DateOnly(2025, 7, 1))).Resolve(gold, SupportBenefit.ProductSupport);

        Assert.Equal(Allowance.Incidents(20), before.Allowance);
        Assert.Equal(Allowance.Incidents(25), after.Allowance);
        Assert.Equal(Allowance.None, (await TableInForceAsync(new DateOnly(2025, 7, 1))).Resolve(gold, SupportBenefit.SignatureCloudSupport).Allowance);
    }

    [Theory]
    [InlineData("Security")]
    [InlineData("Cloud Business Applications")]
    [InlineData("Cloud Platform")]
    [InlineData("Cloud Productivity")]
    [InlineData("Enterprise Mobility Management")]
    [InlineData("Small and Midmarket Cloud Solutions")]
    [InlineData("cloud platform")]
    public void Classify_CloudCompetency_IsCloud(string competency) =>
        Assert.Equal(CompetencyKind.Cloud, CloudCompetencies.Classify(competency));

    [Theory]
    [InlineData("Data Analytics")]
    [InlineData("Application Development")]
    [InlineData("Datacenter")]
    public void Classify_OtherCompetency_IsOther(string competency) =>
        Assert.Equal(CompetencyKind.Other, CloudCompetencies.Classify(competency));

    [Fact]
    public void Classify_NoCompetency_IsNone() => Assert.Equal(CompetencyKind.None, CloudCompetencies.Classify(null));

    private async Task<EntitlementTable> TableInForceAsync(DateOnly day)
    {
        await using var connection = await _host.OpenAsync();
        var catalog = await connection.EntitlementCatalogAsync(CancellationToken.None);
        return catalog.InForceOn(day) ?? throw new InvalidOperationException("No table in force.");
    }
}
