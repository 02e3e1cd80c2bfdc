using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// Writes the activity JSON of a turn as the Emulator would send it, with <c>deliveryMode: expectReplies</c>
/// so the replies come back in the response; the service URL is absolute but never called.
/// </summary>
public static class ActivityJson
{
    public const string ChannelId = "emulator";
    public const string ServiceUrl = "http://127.0.0.1:1/";
    public const string UserId = "gold.admin@fabrikam.example";
    public const string BotId = "supportbot";

    public static byte[] Write(ScriptedTurn turn, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", turn.ActivityType);
            json.WriteString("id", Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", ChannelId);
            json.WriteString("serviceUrl", ServiceUrl);
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteString("locale", "en-US");
            WriteAccount(json, "from", UserId, "Gold Admin", "user");
            WriteAccount(json, "recipient", BotId, "SupportBot", "bot");
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            if (turn.Text is not null)
            {
                json.WriteString("text", turn.Text);
            }

            if (turn.ActivityType == ScriptedTurn.ConversationUpdateType)
            {
                json.WriteStartArray("membersAdded");
                WriteAccount(json, null, UserId, "Gold Admin", null);
                WriteAccount(json, null, BotId, "SupportBot", null);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteAccount(Utf8JsonWriter json, string? propertyName, string id, string name, string? role)
    {
        if (propertyName is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(propertyName);
        }

        json.WriteString("id", id);
        json.WriteString("name", name);
        if (role is not null)
        {
            json.WriteString("role", role);
        }

        json.WriteEndObject();
    }
}
