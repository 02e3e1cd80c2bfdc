using Microsoft.Bot.Schema;

namespace SupportBot.Endpoints;

/// <summary>The outcome of reading a request body as an activity: the activity, or the HTTP status and why.</summary>
public sealed record ActivityReadResult(Activity? Activity, int StatusCode, string? Problem)
{
    public static ActivityReadResult Valid(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Invalid(string problem) => new(null, StatusCodes.Status400BadRequest, problem);

    public static ActivityReadResult TooLarge(int maxBytes)
        => new(null, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
}
