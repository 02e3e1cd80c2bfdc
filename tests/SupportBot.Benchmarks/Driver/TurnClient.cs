using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SupportBot.Benchmarks.Servers;

namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// Posts one turn and checks it: HTTP 200 and at least one reply activity in the body. The latency
/// covers sending the activity and reading the whole answer, not the check.
/// </summary>
public sealed class TurnClient(HttpClient http)
{
    private const int BodyExcerptLength = 300;
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    public async Task<TurnOutcome> SendAsync(ScriptedTurn turn, string conversationId, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(ActivityJson.Write(turn, conversationId));
        content.Headers.ContentType = JsonMediaType;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(BenchmarkRoutes.Messages, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var latency = Stopwatch.GetElapsedTime(started);
            return Check(latency, response.StatusCode, body);
        }
        catch (HttpRequestException exception)
        {
            var cause = exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message;
            return new TurnOutcome(Stopwatch.GetElapsedTime(started), "the request failed", cause);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new TurnOutcome(Stopwatch.GetElapsedTime(started), $"no answer within {http.Timeout.TotalSeconds:0} s", exception.Message);
        }
    }

    private static TurnOutcome Check(TimeSpan latency, HttpStatusCode status, byte[] body)
    {
        if (status != HttpStatusCode.OK)
        {
            return new TurnOutcome(latency, $"HTTP {(int)status}", Excerpt(body));
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var hasReply = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("activities", out var activities)
                && activities.ValueKind == JsonValueKind.Array
                && activities.GetArrayLength() > 0;
            return hasReply
                ? new TurnOutcome(latency, null, null)
                : new TurnOutcome(latency, "HTTP 200 without a reply activity", Excerpt(body));
        }
        catch (JsonException)
        {
            return new TurnOutcome(latency, "HTTP 200 with a body that is not JSON", Excerpt(body));
        }
    }

    private static string Excerpt(byte[] body)
    {
        if (body.Length == 0)
        {
            return "(empty body)";
        }

        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, BodyExcerptLength));
        return body.Length > BodyExcerptLength ? text + "..." : text;
    }
}
