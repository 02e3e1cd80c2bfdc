using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Tests.Support;

/// <summary>
/// A Bot Connector look-alike on http://127.0.0.1 that records what the bot sends: conversations it creates (a
/// personal chat per member) and the activities it posts into each. Members listed in <see cref="Refused"/> get
/// Teams' 403: true, the chat cannot be created (the app is not installed for them); false, it is created but
/// refuses messages (they blocked the bot).
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, Activity Activity)> _activities = new();
    private readonly ConcurrentQueue<ConversationParameters> _created = new();

    private RecordingConnector(WebApplication app, Uri serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public Uri ServiceUrl { get; }

    public ConcurrentDictionary<string, bool> Refused { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<ConversationParameters> CreatedConversations => [.. _created];

    public static async Task<RecordingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        RecordingConnector? connector = null;
        app.MapPost("/v3/conversations", async (HttpContext http) =>
        {
            var parameters = JsonConvert.DeserializeObject<ConversationParameters>(await ReadAsync(http))!;
            var member = parameters.Members?.SingleOrDefault()?.Id ?? string.Empty;
            if (connector!.Refused.TryGetValue(member, out var refusesChat) && refusesChat)
            {
                return Results.Json(new { error = new { code = "Forbidden", message = "The bot is not installed for this user." } }, statusCode: 403);
            }

            connector._created.Enqueue(parameters);
            return Results.Json(new { id = PersonalChatOf(member) });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpContext http, string conversationId) =>
        {
            var activity = JsonConvert.DeserializeObject<Activity>(await ReadAsync(http))!;
            if (connector!.Refused.Keys.Any(member => PersonalChatOf(member) == conversationId))
            {
                return Results.Json(new { error = new { code = "Forbidden", message = "The user blocked the bot." } }, statusCode: 403);
            }

            connector._activities.Enqueue((conversationId, activity));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) => Results.Json(new { id = memberId, name = "Member " + memberId }));
        await app.StartAsync();
        connector = new RecordingConnector(app, new Uri(app.Urls.Single() + "/"));
        return connector;
    }

    /// <summary>The id this connector gives the personal chat of a member.</summary>
    public static string PersonalChatOf(string memberId) => "a:personal-" + memberId;

    /// <summary>The non-typing activities the bot posted into a conversation, in order.</summary>
    public IReadOnlyList<Activity> MessagesIn(string conversationId) => [.. _activities
        .Where(entry => entry.ConversationId == conversationId && entry.Activity.Type == ActivityTypes.Message)
        .Select(entry => entry.Activity)];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task<string> ReadAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        return await reader.ReadToEndAsync();
    }
}
