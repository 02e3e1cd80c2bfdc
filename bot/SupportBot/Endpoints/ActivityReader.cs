using System.Buffers;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Endpoints;

/// <summary>
/// Reads one activity from a request body without trusting it: the body is bounded, must be JSON, and
/// must have the shape a turn relies on (<see cref="ActivityShape"/>). Nothing here touches state, so a
/// refused request changes nothing.
/// </summary>
public static class ActivityReader
{
    public static Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        => ReadAsync(request, maxBytes, ActivityShape.Problem, cancellationToken);

    /// <summary>The same bounded read with the caller's own check, for endpoints that fill in the turn's fields themselves.</summary>
    public static async Task<ActivityReadResult> ReadAsync(
        HttpRequest request,
        int maxBytes,
        Func<Activity, string?> validate,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return ActivityReadResult.TooLarge(maxBytes);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length, maxBytes + 1 - length), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return ActivityReadResult.TooLarge(maxBytes);
                }
            }

            return Parse(buffer, length, validate);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ActivityReadResult Parse(byte[] buffer, int length, Func<Activity, string?> validate)
    {
        Activity? activity;
        try
        {
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            using var text = new StreamReader(stream);
            using var json = new JsonTextReader(text) { MaxDepth = 64 };
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(json);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // Reading touches nothing but the body, so whatever it throws is the body's fault.
            return ActivityReadResult.Invalid("The body is not a JSON activity.");
        }

        if (activity is null)
        {
            return ActivityReadResult.Invalid("The body is empty.");
        }

        var problem = validate(activity);
        return problem is null ? ActivityReadResult.Valid(activity) : ActivityReadResult.Invalid(problem);
    }
}
