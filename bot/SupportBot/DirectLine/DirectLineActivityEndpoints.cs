using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Endpoints;
using SupportBot.Hosting;

namespace SupportBot.DirectLine;

/// <summary>
/// <c>POST conversations/{id}/activities</c> (one activity from the user; answers <c>{id}</c> once the bot's
/// replies are in the history) and <c>GET conversations/{id}/activities?watermark=</c> (the ActivitySet
/// after the watermark: the user's own activities and the bot's, in order).
/// </summary>
public static class DirectLineActivityEndpoints
{
    private static readonly string[] AcceptedTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    public static async Task<IResult> PostAsync(
        string conversationId,
        HttpContext http,
        DirectLineAuthorizer authorizer,
        DirectLineConversationStore store,
        DirectLineTurns turns,
        IOptions<SupportBotOptions> options)
    {
        var access = await DirectLineConversationAccess.OpenAsync(http.Request, conversationId, authorizer, store);
        if (access.Conversation is not { } conversation)
        {
            return access.Refusal!;
        }

        var read = await ActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, CheckType, http.RequestAborted);
        if (read.Activity is null)
        {
            return read.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? DirectLineErrors.TooLarge(read.Problem!)
                : DirectLineErrors.BadArgument(read.Problem!);
        }

        // Web Chat sends typing while the user writes; the bot ignores it, so it costs neither a turn nor history.
        if (read.Activity.Type == ActivityTypes.Typing)
        {
            return Results.Json(new DirectLineResourceResponse(Guid.NewGuid().ToString("N")));
        }

        var (succeeded, activityId) = await turns.PostAsync(conversation, read.Activity, DirectLineEndpoints.ServiceUrl(http.Request));
        return succeeded ? Results.Json(new DirectLineResourceResponse(activityId)) : DirectLineErrors.BotError();
    }

    public static async Task<IResult> GetAsync(
        string conversationId,
        string? watermark,
        HttpContext http,
        DirectLineAuthorizer authorizer,
        DirectLineConversationStore store,
        IOptions<DirectLineOptions> options)
    {
        var access = await DirectLineConversationAccess.OpenAsync(http.Request, conversationId, authorizer, store);
        if (access.Conversation is not { } conversation)
        {
            return access.Refusal!;
        }

        var after = 0L;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            return DirectLineErrors.BadArgument("'watermark' must be the watermark this endpoint returned.");
        }

        var (activities, next) = conversation.After(after, options.Value.MaxActivitiesPerPage);
        return Results.Bytes(DirectLineJson.ActivitySet(activities, next), "application/json; charset=utf-8");
    }

    private static string? CheckType(Activity activity)
        => AcceptedTypes.Contains(activity.Type, StringComparer.Ordinal)
            ? null
            : "The activity's 'type' must be message, event or typing.";
}

/// <summary>The answer to a posted activity: the id the server gave it.</summary>
public sealed record DirectLineResourceResponse([property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id);
