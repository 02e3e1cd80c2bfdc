using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot;

/// <summary>
/// The HTTP answers to invoke activities, in the shapes the Bot Framework documents: for
/// <c>adaptiveCard/action</c> (Universal Actions) HTTP 200 with <c>{statusCode, type, value}</c>; for an invoke
/// this bot does not offer, 400 with the error body the SDK's ActivityHandler uses for unsupported actions
/// (<c>application/vnd.microsoft.error</c>, code <c>NotSupported</c>). Never a 5xx for a well-formed request.
/// </summary>
public static class InvokeAnswers
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>A processed card action whose result is a message for the client to show.</summary>
    public static InvokeResponse CardActionMessage(string text) => Ok(new AdaptiveCardInvokeResponse
    {
        StatusCode = StatusCodes.Status200OK,
        Type = MessageType,
        Value = text,
    });

    /// <summary>A card action whose turn failed: the body says so (statusCode 500); the request itself was received.</summary>
    public static InvokeResponse CardActionFailed(string message) => Ok(new AdaptiveCardInvokeResponse
    {
        StatusCode = StatusCodes.Status500InternalServerError,
        Type = ErrorType,
        Value = new Error("InternalError", message),
    });

    public static InvokeResponse NotSupported(string? name) => new()
    {
        Status = StatusCodes.Status400BadRequest,
        Body = new AdaptiveCardInvokeResponse
        {
            StatusCode = StatusCodes.Status400BadRequest,
            Type = ErrorType,
            Value = new Error("NotSupported", $"The invoke '{name}' is not supported by this bot."),
        },
    };

    /// <summary>An invoke received with nothing to show: one already handled, or one whose replies could not be delivered.</summary>
    public static InvokeResponse Acknowledged(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.AsInvokeActivity()?.Name == AdaptiveCardAction
            ? CardActionMessage(string.Empty)
            : new InvokeResponse { Status = StatusCodes.Status200OK };
    }

    /// <summary>Makes <paramref name="response"/> the turn's invoke response, replacing any the turn set.</summary>
    public static void Set(ITurnContext turnContext, InvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(BotAdapter.InvokeResponseKey, new Activity { Type = ActivityTypesEx.InvokeResponse, Value = response });
    }

    private static InvokeResponse Ok(AdaptiveCardInvokeResponse body) => new() { Status = StatusCodes.Status200OK, Body = body };
}
