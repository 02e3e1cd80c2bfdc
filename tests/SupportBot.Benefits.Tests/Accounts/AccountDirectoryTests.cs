using SupportBot.Benefits.Accounts;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Tests.Support;

namespace SupportBot.Benefits.Tests.Accounts;

public sealed class AccountDirectoryTests : IAsyncLifetime
{
    private BenefitsTestHost _host = null!;

    private IAccountDirectory Directory => _host.Get<IAccountDirectory>();

    public async Task InitializeAsync() => _host = await BenefitsTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FindBySignInName_OtherCase_FindsAccount()
    {
        var account = await Directory.FindBySignInNameAsync("Gold.Admin@Fabrikam.example");

        Assert.Equal(Personas.GoldAdmin, account?.SignInName);
        Assert.Equal(AccountRoles.GlobalAdmin, account?.Roles);
        Assert.Equal("fabrikam", account?.PartnerId);
    }

    [Theory]
    [InlineData("nobody@fabrikam.example")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task FindBySignInName_Unknown_ReturnsNull(string signInName) =>
        Assert.Null(await Directory.FindBySignInNameAsync(signInName));

    [Fact]
    public async Task FindByEntraId_EverySampleAccount_FindsSameAccount()
    {
        foreach (var signInName in Personas.All)
        {
            var account = await _host.AccountAsync(signInName);
            var entra = account.Entra ?? throw new InvalidOperationException($"{signInName} has no Entra identity.");

            var found = await Directory.FindByEntraIdAsync(entra.TenantId, entra.ObjectId);

            Assert.Equal(account, found);
        }
    }

    [Fact]
    public async Task FindByEntraId_SameCompany_SharesTenant()
    {
        var admin = await _host.AccountAsync(Personas.GoldAdmin);
        var engineer = await _host.AccountAsync(Personas.GoldEngineer);

        Assert.Equal(admin.Entra?.TenantId, engineer.Entra?.TenantId);
        Assert.NotEqual(admin.Entra?.ObjectId, engineer.Entra?.ObjectId);
    }

    [Fact]
    public async Task FindByEntraId_Unknown_ReturnsNull() =>
        Assert.Null(await Directory.FindByEntraIdAsync(Guid.NewGuid(), Guid.NewGuid()));

    [Fact]
    public async Task ListActivators_Fabrikam_IsOnlyGlobalAdmin()
    {
        var activators = await Directory.ListActivatorsAsync("fabrikam");

        Assert.Equal([Personas.GoldAdmin], activators.Select(account => account.SignInName));
    }

    [Fact]
    public async Task ListAccounts_All_ListsEightPersonas() =>
        Assert.Equal(Personas.All.Order(StringComparer.Ordinal), (await Directory.ListAccountsAsync()).Select(account => account.SignInName).Order(StringComparer.Ordinal));
}
