using System.Text.Json;

namespace SupportBot.EndToEnd.Playground;

/// <summary>
/// One entry of the playground's events recording (<c>--enable-events-recording</c>): an HTTP exchange between the
/// playground and the bot, with its direction, conversation, request body and response body. Entries are JSON
/// objects separated by lines of <c>---</c>.
/// </summary>
internal sealed record RecordedActivity(string Direction, string? ConversationId, string? ActivityName, JsonElement Request, string Json)
{
    private const string BotToPlayground = "User Application -> Microsoft 365 Agents Playground";

    /// <summary>Whether the bot sent this one (a message, a typing indicator, a create-conversation...).</summary>
    public bool IsFromBot => Direction == BotToPlayground;

    /// <summary>The activity's (or create-conversation's) JSON body.</summary>
    public JsonElement Body => Request.TryGetProperty("body", out var body) ? body : default;

    public string? Text => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
        ? text.GetString()
        : null;

    public static IReadOnlyList<RecordedActivity> ParseAll(string recording) => [.. recording
        .Split("\n---\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(Parse)];

    private static RecordedActivity Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new RecordedActivity(
            root.GetProperty("direction").GetString() ?? string.Empty,
            root.TryGetProperty("conversationId", out var conversation) ? conversation.GetString() : null,
            root.TryGetProperty("activityName", out var name) ? name.GetString() : null,
            root.GetProperty("request").Clone(),
            json);
    }
}
