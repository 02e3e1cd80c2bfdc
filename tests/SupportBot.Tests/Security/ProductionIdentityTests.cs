using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.DirectLine;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Security;

/// <summary>
/// Outside Development, nobody reaches the bot through /api/messages without a Bot Connector token: the host does
/// not start with that endpoint open, a support-page-only site turns it off (404), and with MicrosoftAppId set a
/// forged Teams identity without a token is refused.
/// </summary>
[Collection(OpenIdTestGroup.Name)]
public sealed class ProductionIdentityTests(OpenIdFixture openId) : IDisposable
{
    private const string FabrikamTenant = "2c394fb9-26d9-5a7d-bc1e-1829c7e52e9e";
    private const string GoldAdminObjectId = "1c50c7a3-61bd-54bf-8670-6524ac3b5b53";
    private readonly TempFolder _data = new();

    [Fact]
    public void Host_ProductionWithMessagesEndpointButNoAppId_RefusesToStartAndSaysWhatToSet()
    {
        using var host = new BotHost(_data.Path, DirectLineHosts.WithSecret(), environment: "Production");

        var refused = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("MicrosoftAppId", refused.Message, StringComparison.Ordinal);
        Assert.Contains("SupportBot:MessagesEndpointEnabled", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedTeamsIdentity_ProductionSupportPageOnly_Gets404AndDirectLineStillServes()
    {
        using var host = new BotHost(_data.Path, DirectLineHosts.WithSecret(DirectLineHosts.DirectLineOnly), environment: "Production");
        var bot = host.CreateBotClient();

        var forged = await bot.PostAsync(ForgedTeamsMessage(bot, "show full IDs"));
        var directLine = new DirectLineTestClient(host.CreateClient());
        var (token, conversationId) = await directLine.StartAsUserAsync(DirectLineHosts.Secret, "gold.admin@fabrikam.example");
        await directLine.PostTextAsync(conversationId, token, "how many incidents do I have left?");

        Assert.Equal(HttpStatusCode.NotFound, forged.Status);
        AssertNoContractIds(forged.Body);
        Assert.Contains("17 of 20", (await directLine.GetActivitiesAsync(conversationId, token)).BotText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedTeamsIdentity_ProductionWithAppIdAndNoToken_Gets401AndNoIds()
    {
        using var host = new BotHost(_data.Path, ChannelTokens.Settings(openId.Server.MetadataUrl), environment: "Production");
        var bot = host.CreateBotClient();

        var forged = await bot.PostAsync(ForgedTeamsMessage(bot, "show full IDs"));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        AssertNoContractIds(forged.Body);
    }

    public void Dispose() => _data.Dispose();

    private static void AssertNoContractIds(string body)
    {
        foreach (var secret in SampleSecrets.All)
        {
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Access ID", body, StringComparison.Ordinal);
    }

    /// <summary>What the attack sent: Teams' channel id, a sample account's Entra ids, no Authorization header.</summary>
    private static Activity ForgedTeamsMessage(BotClient client, string text)
    {
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.ChannelId = "msteams";
        activity.Text = text;
        activity.From = new ChannelAccount("29:forged", "Alex", RoleTypes.User, GoldAdminObjectId);
        activity.Conversation = new ConversationAccount(conversationType: "personal", id: client.ConversationId, tenantId: FabrikamTenant);
        activity.ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo(FabrikamTenant) });
        return activity;
    }
}
