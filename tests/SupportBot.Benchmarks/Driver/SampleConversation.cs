using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// Runs the script once, unmeasured, and keeps what the server answered to each turn, so the report
/// shows that the script does what it says (a flow that starts and a prompt that is answered), not
/// merely that every turn got some reply.
/// </summary>
public static class SampleConversation
{
    private const int TextExcerptLength = 90;

    public static async Task<IReadOnlyList<string>> RunAsync(HttpClient http, IReadOnlyList<ScriptedTurn> script, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(script);
        var conversationId = $"bench-sample-{Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)}";
        var lines = new List<string>();
        foreach (var turn in script)
        {
            using var content = new ByteArrayContent(ActivityJson.Write(turn, conversationId));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(BenchmarkRoutes.Messages, content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            lines.Add($"user: {turn}  (HTTP {(int)response.StatusCode})");
            lines.AddRange(DescribeReplies(body).Select(reply => $"  bot: {reply}"));
        }

        return lines;
    }

    private static IEnumerable<string> DescribeReplies(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return [$"(not JSON) {Excerpt(body)}"];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("activities", out var activities)
                || activities.ValueKind != JsonValueKind.Array)
            {
                return [$"(no activities) {Excerpt(body)}"];
            }

            return [.. activities.EnumerateArray().Select(Describe)];
        }
    }

    private static string Describe(JsonElement activity)
    {
        var parts = new List<string>();
        if (activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            parts.Add($"\"{Excerpt(text.GetString() ?? string.Empty)}\"");
        }

        if (activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            parts.AddRange(attachments.EnumerateArray().Select(attachment =>
                attachment.TryGetProperty("contentType", out var type) ? $"[{type.GetString()}]" : "[attachment]"));
        }

        if (activity.TryGetProperty("suggestedActions", out var suggested) && suggested.TryGetProperty("actions", out var actions)
            && actions.ValueKind == JsonValueKind.Array)
        {
            var titles = actions.EnumerateArray()
                .Select(action => action.TryGetProperty("title", out var title) ? title.GetString() : null)
                .OfType<string>();
            parts.Add($"(choices: {string.Join(" | ", titles)})");
        }

        return parts.Count > 0 ? string.Join(" ", parts) : "(empty activity)";
    }

    private static string Excerpt(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length > TextExcerptLength ? oneLine[..TextExcerptLength] + "..." : oneLine;
    }
}
