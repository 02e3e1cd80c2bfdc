using System.Net;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Http;

/// <summary>
/// The sample personas over the real HTTP pipeline (expectReplies), each in a conversation of its own,
/// asserting what the person reads.
/// </summary>
public sealed class PersonaScenarioTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly BotHost _host;

    public PersonaScenarioTests()
    {
        _host = new BotHost(_data.Path);
    }

    [Fact]
    public async Task GoldAdmin_AsksIncidentsLeft_Sees17Of20AndUnlimitedCloud()
    {
        var client = As("gold.admin@fabrikam.example");

        var reply = await client.SendTextAsync("how many incidents do I have left?");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains("17", reply.Everything, StringComparison.Ordinal);
        Assert.Contains("20", reply.Everything, StringComparison.Ordinal);
        Assert.Contains("unlimited", reply.Everything, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("7F3A", reply.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Access ID: 7F3A", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoldAdmin_AsksIncidentsLeftInTurkish_SeesTheSameFiguresInTurkish()
    {
        var client = As("gold.admin@fabrikam.example", "tr-TR");

        var reply = await client.SendTextAsync("kaç olayım kaldı?");

        Assert.Contains("17", reply.Everything, StringComparison.Ordinal);
        Assert.Contains("20", reply.Everything, StringComparison.Ordinal);
        Assert.Contains("sınırsız", reply.Everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CspAgent_ChecksEligibility_IsToldNotAuthorizedAndTheFix()
    {
        var client = As("csp.agent@litware.example");

        var reply = await client.SendTextAsync("am I eligible?");

        Assert.Contains("You are not authorized for this action", reply.Everything, StringComparison.Ordinal);
        Assert.Contains("MPN", reply.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewUser_ChecksEligibility_IsToldNoBenefitsAndTheWrongAccountHint()
    {
        var client = As("new.user@adatum.example");

        var reply = await client.SendTextAsync("check eligibility");

        Assert.Contains("Looks like you don't have any benefits yet", reply.Everything, StringComparison.Ordinal);
        Assert.Contains("Sign in with another account", reply.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionPackAdmin_AsksForCloudSupport_LearnsActionPackHasNone()
    {
        var client = As("actionpack.admin@contoso.example");

        await client.SendTextAsync("get support");
        var reply = await client.SendTextAsync("cloud");

        Assert.Contains("Action Pack", reply.Everything, StringComparison.Ordinal);
        Assert.Contains("Advanced Support for Partners", reply.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoldAdmin_AccessIdAlreadyAssociated_IsToldToIgnoreItAndUseNewSupportRequest()
    {
        var client = As("gold.admin@fabrikam.example");

        var reply = await client.SendTextAsync("Azure says this Access ID is already associated");

        Assert.Contains("+ New support request", reply.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SilverHybrid_AccessIdAlreadyAssociated_IsToldThe5packIsUsedUpAndAPlanIsNeeded()
    {
        var client = As("silver.hybrid@tailspin.example");

        var reply = await client.SendTextAsync("Azure says this Access ID is already associated");

        Assert.Contains("5pack", reply.Everything, StringComparison.Ordinal);
        Assert.Contains("Premier Support for Partners", reply.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoldEngineer_TriesToActivate_IsToldWhoMust()
    {
        var client = As("gold.engineer@fabrikam.example");

        var reply = await client.SendTextAsync("activate benefits");

        Assert.Contains("Global admin", reply.Everything, StringComparison.Ordinal);
        Assert.Contains("MPN partner admin", reply.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SilverPartnerAdmin_Activates_IsToldItTakesDaysAndAskingAgainShowsThePendingRequest()
    {
        var client = As("silver.partneradmin@northwind.example");

        await client.SendTextAsync("activate benefits");
        var confirmed = await client.SendTextAsync("yes");
        var again = await client.SendTextAsync("activate benefits");

        Assert.Contains("few days", confirmed.Everything, StringComparison.Ordinal);
        Assert.Contains("pending", again.Everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownUser_AsksIncidentsLeft_IsToldHowToGetAccess()
    {
        var client = As("stranger@unknown.example");

        var reply = await client.SendTextAsync("how many incidents do I have left?");

        Assert.Contains("can't find your account", reply.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain("17", reply.Everything, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }

    private BotClient As(string signInName, string locale = "en-US")
    {
        var client = _host.CreateBotClient();
        client.UserId = signInName;
        client.Locale = locale;
        return client;
    }
}
