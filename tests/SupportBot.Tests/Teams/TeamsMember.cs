using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using SupportBot.Tests.Support;

namespace SupportBot.Tests.Teams;

/// <summary>
/// A member of a Teams conversation as Teams sends their activities: the Entra tenant and object id of a sample
/// account, the conversation's type, the bot's @mention in shared conversations, the connector's service URL.
/// </summary>
public sealed record TeamsMember(string Id, string Name, string TenantId, string AadObjectId)
{
    public const string FabrikamTenant = "2c394fb9-26d9-5a7d-bc1e-1829c7e52e9e";
    public const string BotId = "28:supportbot";

    public static TeamsMember GoldAdmin { get; } = new("29:gold-admin", "Alex Gold", FabrikamTenant, "1c50c7a3-61bd-54bf-8670-6524ac3b5b53");

    public static TeamsMember GoldEngineer { get; } = new("29:gold-engineer", "Megan Gold", FabrikamTenant, "0e138216-768f-5e99-953b-7c51a59ecedc");

    public ChannelAccount Account => new(Id, Name, RoleTypes.User, AadObjectId);

    /// <summary>The same person under a Teams user id of their own, so a test's personal chat is its own.</summary>
    public TeamsMember WithNewId() => this with { Id = "29:" + Guid.NewGuid().ToString("N") };

    /// <summary>A message in <paramref name="conversation"/>; in a shared one it @mentions the bot, as Teams requires.</summary>
    public Activity Message(TeamsConversation conversation, string text, string locale = "en-US")
    {
        var activity = conversation.NewActivity(ActivityTypes.Message, this, locale);
        if (conversation.IsShared)
        {
            activity.Text = $"<at>SupportBot</at> {text}";
            activity.Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = BotId, name = "SupportBot" }, text = "<at>SupportBot</at>" }) }];
        }
        else
        {
            activity.Text = text;
        }

        return activity;
    }

    /// <summary>A press on a card's Action.Submit: a message whose value is the button's data, with no text.</summary>
    public Activity Submit(TeamsConversation conversation, object data)
    {
        var activity = conversation.NewActivity(ActivityTypes.Message, this, "en-US");
        activity.Value = JObject.FromObject(data);
        return activity;
    }

    /// <summary>A press on a card's Action.Execute: the <c>adaptiveCard/action</c> invoke, sent and answered over HTTP.</summary>
    public Activity CardAction(TeamsConversation conversation, string verb, object data)
    {
        var activity = conversation.NewActivity(ActivityTypes.Invoke, this, "en-US");
        activity.DeliveryMode = null;
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = "card-message-id";
        activity.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb, data } });
        return activity;
    }
}

/// <summary>A Teams conversation: personal, group chat or channel, with the recording connector as its service.</summary>
public sealed record TeamsConversation(string Id, string Type, RecordingConnector Connector)
{
    public bool IsShared => Type is "groupChat" or "channel";

    public static TeamsConversation GroupChat(RecordingConnector connector) => new($"19:{Guid.NewGuid():N}@thread.v2", "groupChat", connector);

    public static TeamsConversation Channel(RecordingConnector connector) => new($"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1", "channel", connector);

    public static TeamsConversation Personal(RecordingConnector connector) => new($"a:{Guid.NewGuid():N}", "personal", connector);

    public Activity NewActivity(string type, TeamsMember from, string locale) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = Connector.ServiceUrl.ToString(),
        DeliveryMode = DeliveryModes.ExpectReplies,
        Locale = locale,
        From = from.Account,
        Recipient = new ChannelAccount(TeamsMember.BotId, "SupportBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(isGroup: IsShared ? true : null, conversationType: Type, id: Id, tenantId: from.TenantId),
        ChannelData = JObject.FromObject(new TeamsChannelData { Tenant = new TenantInfo(from.TenantId) }),
        Timestamp = DateTimeOffset.UtcNow,
    };
}
