using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Identity;

/// <summary>
/// Teams messages in Production, each with a channel token (Production refuses unauthenticated requests): the account
/// comes from the Entra ids, and the @mention is not part of the question.
/// </summary>
[Collection(OpenIdTestGroup.Name)]
public sealed class TeamsIdentityTests : IDisposable
{
    private const string FabrikamTenant = "2c394fb9-26d9-5a7d-bc1e-1829c7e52e9e";
    private const string GoldAdminObjectId = "1c50c7a3-61bd-54bf-8670-6524ac3b5b53";
    private readonly TempFolder _data = new();
    private readonly LocalOpenIdServer _openId;
    private readonly BotHost _host;

    public TeamsIdentityTests(OpenIdFixture openId)
    {
        _openId = openId.Server;
        _host = new BotHost(_data.Path, ChannelTokens.Settings(_openId.MetadataUrl), environment: "Production");
    }

    [Fact]
    public async Task PersonalChatMessage_FromGoldAdmin_AnswersWithFabrikamsFigures()
    {
        var client = _host.CreateBotClient();
        var activity = TeamsMessage(client, GoldAdminObjectId, "29:1gold-admin-teams-id");
        activity.Conversation = new ConversationAccount(conversationType: "personal", id: client.ConversationId, tenantId: FabrikamTenant);

        var reply = await PostSignedAsync(client, activity);

        Assert.StartsWith("You have 17 of 20 on-premises incidents left", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMessage_MentionThenMenu_ShowsTheMenuAsIfOnlyMenuWasTyped()
    {
        var client = _host.CreateBotClient();
        var activity = TeamsMessage(client, GoldAdminObjectId, "29:1gold-admin-teams-id");
        activity.Text = "<at>SupportBot</at> menu";

        var reply = await PostSignedAsync(client, activity);

        Assert.DoesNotContain("didn't catch that", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Check eligibility", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsMessage_UnknownObjectIdClaimingASignInName_IsToldHowToGetAccess()
    {
        var client = _host.CreateBotClient();

        var activity = TeamsMessage(client, Guid.NewGuid().ToString(), "gold.admin@fabrikam.example");
        activity.Conversation = new ConversationAccount(conversationType: "personal", id: client.ConversationId, tenantId: FabrikamTenant);

        var reply = await PostSignedAsync(client, activity);

        Assert.Contains("can't find your work account", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign in to Teams", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("17 of 20", reply.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmulatorMessage_InProduction_DoesNotTrustTheSignInNameInFromId()
    {
        var client = _host.CreateBotClient();
        client.UserId = "gold.admin@fabrikam.example";
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.Text = "how many incidents do I have left?";

        var reply = await PostSignedAsync(client, activity);

        Assert.Contains("can't find your account", reply.AllText, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }

    private Task<BotReply> PostSignedAsync(BotClient client, Activity activity)
        => client.PostAsync(activity, ChannelTokens.Bearer(_openId.SigningKey, activity.ServiceUrl));

    private static Activity TeamsMessage(BotClient client, string aadObjectId, string fromId)
    {
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.ChannelId = "msteams";
        activity.From = new ChannelAccount(fromId, "Alex", RoleTypes.User, aadObjectId);
        activity.Recipient = new ChannelAccount("28:supportbot", "SupportBot", RoleTypes.Bot);
        activity.Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: client.ConversationId, tenantId: FabrikamTenant);
        activity.Text = "<at>SupportBot</at> how many incidents do I have left?";
        activity.Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = "28:supportbot", name = "SupportBot" }, text = "<at>SupportBot</at>" }) }];
        activity.ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo(FabrikamTenant) });
        return activity;
    }
}
