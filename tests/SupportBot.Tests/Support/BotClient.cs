using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Tests.Support;

/// <summary>Posts activities to /api/messages with <c>deliveryMode: expectReplies</c> and reads the replies.</summary>
public sealed class BotClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public string ConversationId { get; set; } = Guid.NewGuid().ToString("N");

    public string UserId { get; set; } = "gold.admin@fabrikam.example";

    public string? Locale { get; set; } = "en-US";

    public Task<BotReply> SendConversationUpdateAsync()
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount(UserId, "User"), new ChannelAccount("supportbot", "SupportBot")];
        return PostAsync(activity);
    }

    public Task<BotReply> SendTextAsync(string text)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Text = text;
        return PostAsync(activity);
    }

    public Task<BotReply> SendValueAsync(object value)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Value = value;
        return PostAsync(activity);
    }

    public async Task<BotReply> PostAsync(Activity activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var activities = response.StatusCode == HttpStatusCode.OK && body.Length > 0
            ? JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities ?? []
            : [];
        return new BotReply(response.StatusCode, body, activities);
    }

    public Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "emulator",
        ServiceUrl = "http://localhost:1/",
        DeliveryMode = DeliveryModes.ExpectReplies,
        Locale = Locale,
        From = new ChannelAccount(UserId, "User", RoleTypes.User),
        Recipient = new ChannelAccount("supportbot", "SupportBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(id: ConversationId),
        Timestamp = DateTimeOffset.UtcNow,
    };
}
