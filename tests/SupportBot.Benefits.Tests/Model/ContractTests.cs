using System.Globalization;
using SupportBot.Benefits.Model;

namespace SupportBot.Benefits.Tests.Model;

public sealed class ContractTests
{
    private static readonly DateOnly Today = new(2025, 6, 16);

    [Theory]
    [InlineData(20, 3, "2025-01-01", "2025-12-31", ContractStatus.Active)]
    [InlineData(null, 500, "2025-01-01", "2025-12-31", ContractStatus.Active)]
    [InlineData(5, 5, "2025-01-01", "2025-12-31", ContractStatus.UsedUp)]
    [InlineData(20, 3, "2024-01-01", "2025-06-15", ContractStatus.Expired)]
    [InlineData(5, 5, "2024-01-01", "2025-06-15", ContractStatus.Expired)]
    [InlineData(20, 0, "2025-06-16", "2026-06-16", ContractStatus.Active)]
    [InlineData(20, 0, "2024-06-16", "2025-06-16", ContractStatus.Active)]
    [InlineData(20, 0, "2025-06-17", "2026-06-17", ContractStatus.NotStarted)]
    public void StatusOn_Dates_AndCount_GiveStatus(int? allowance, int used, string startsOn, string endsOn, ContractStatus expected)
    {
        var contract = Contract(allowance, used, DateOnly.Parse(startsOn, CultureInfo.InvariantCulture), DateOnly.Parse(endsOn, CultureInfo.InvariantCulture));

        Assert.Equal(expected, contract.StatusOn(Today));
    }

    [Fact]
    public void Remaining_Unlimited_IsNull() => Assert.Null(Contract(null, 42, Today, Today).Remaining);

    [Fact]
    public void Remaining_Counted_IsAllowanceMinusUsed() => Assert.Equal(17, Contract(20, 3, Today, Today).Remaining);

    [Fact]
    public void ToString_ContractWithSecrets_ShowsOnlyMasks()
    {
        var text = Contract(20, 3, Today, Today).ToString();

        Assert.DoesNotContain("R9NBTN9A7F3A", text, StringComparison.Ordinal);
        Assert.DoesNotContain("U2A65UZF91C2", text, StringComparison.Ordinal);
        Assert.Contains("••••••••7F3A", text, StringComparison.Ordinal);
        Assert.Contains("••••••••91C2", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R9NBTN9A7F3A", "••••••••7F3A")]
    [InlineData("U2A65UZF91C2", "••••••••91C2")]
    [InlineData("1234", "••••••••")]
    [InlineData("", "••••••••")]
    [InlineData(null, "••••••••")]
    public void Mask_Secret_ShowsLastFourOnly(string? secret, string expected) => Assert.Equal(expected, SecretMask.Mask(secret));

    [Fact]
    public void SupportSecret_SameValue_IsEqualAndRevealsValue()
    {
        var secret = new SupportSecret("R9NBTN9A7F3A");

        Assert.Equal(new SupportSecret("R9NBTN9A7F3A"), secret);
        Assert.Equal("R9NBTN9A7F3A", secret.Reveal());
        Assert.Equal("••••••••7F3A", $"{secret}");
    }

    private static Contract Contract(int? allowance, int used, DateOnly startsOn, DateOnly endsOn) =>
        new(
            "fabrikam-product-support",
            "fabrikam",
            SupportBenefit.ProductSupport,
            null,
            new SupportSecret("R9NBTN9A7F3A"),
            new SupportSecret("U2A65UZF91C2"),
            allowance,
            used,
            startsOn,
            endsOn);
}
