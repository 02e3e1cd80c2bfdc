using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SupportBot.Bot;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Resources;
using SupportBot.Dialogs.State;
using SupportBot.Turns;

namespace SupportBot.Adapter;

/// <summary>
/// The Bot Framework adapter of the host. Every turn runs through <see cref="ReplyDeliveryGuard"/> and
/// <see cref="TurnCommitMiddleware"/> (state committed once, redeliveries ignored). A turn that throws is
/// logged with its exception; the user gets a short apology in their language, and their
/// dialog stack is dropped so the next message starts cleanly instead of failing the same way again. A
/// turn whose replies could not be delivered is only logged: the conversation stays as it was.
/// </summary>
public sealed partial class SupportBotAdapter : CloudAdapter
{
    private const string MetadataRetrySeconds = "30";
    private readonly ILogger<SupportBotAdapter> _logger;
    private readonly DialogStateStore _dialogStates;
    private readonly LanguagePreference _languagePreference;

    public SupportBotAdapter(
        BotFrameworkAuthentication authentication,
        ILogger<SupportBotAdapter> logger,
        DialogStateStore dialogStates,
        LanguagePreference languagePreference,
        ReplyDeliveryGuard replyDelivery,
        TurnCommitMiddleware turnCommit)
        : base(authentication, logger)
    {
        _logger = logger;
        _dialogStates = dialogStates;
        _languagePreference = languagePreference;
        OnTurnError = HandleTurnErrorAsync;
        Use(replyDelivery);
        Use(turnCommit);
    }

    /// <summary>
    /// Runs an activity that <see cref="Endpoints.ActivityReader"/> has already read and checked, and writes
    /// the HTTP answer: 200, the replies for <c>expectReplies</c>, an invoke response, 401 for a caller that is
    /// not authenticated, or 503 (with Retry-After) while the token issuer's metadata cannot be fetched.
    /// </summary>
    public async Task ProcessAsync(HttpContext http, Activity activity, IBot bot)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        if (!AuthorizationHeader.IsAbsentOrWellFormed(authorization))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        InvokeResponse? invokeResponse;
        try
        {
            invokeResponse = await ProcessActivityAsync(authorization, activity, bot.OnTurnAsync, http.RequestAborted);
        }
        catch (Exception exception) when (AuthenticationFailure.IsUnauthenticated(exception))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        catch (Exception exception) when (AuthenticationFailure.IsMetadataUnavailable(exception))
        {
            LogMetadataUnavailable(_logger, AuthenticationFailure.FirstLine(exception.Message));
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = MetadataRetrySeconds;
            return;
        }

        if (invokeResponse is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        http.Response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is not null)
        {
            using var json = new StringWriter(CultureInfo.InvariantCulture);
            HttpHelper.BotMessageSerializer.Serialize(json, invokeResponse.Body);
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(json.ToString(), http.RequestAborted);
        }
    }

    private async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        if (exception is ReplyDeliveryException delivery)
        {
            // The turn was received; the channel could not take the answer. Nothing was committed, so the
            // conversation is as it was before, and an apology could not be delivered either.
            LogDeliveryFailed(_logger, delivery.ServiceUrl, turnContext.Activity.Conversation?.Id, delivery.InnerException?.Message);
            if (turnContext.Activity.Type == ActivityTypes.Invoke)
            {
                InvokeAnswers.Set(turnContext, InvokeAnswers.Acknowledged(turnContext.Activity));
            }

            return;
        }

        LogTurnFailed(_logger, exception, turnContext.Activity.Conversation?.Id, turnContext.Activity.ChannelId);

        try
        {
            TurnCulture.Apply(await _languagePreference.ResolveAsync(turnContext, CancellationToken.None));
        }
#pragma warning disable CA1031 // The user's saved language may be what failed; the activity's locale still serves.
        catch (Exception)
#pragma warning restore CA1031
        {
            TurnCulture.Apply(SupportedLanguages.FromTag(turnContext.Activity.Locale) ?? SupportedLanguages.English);
        }

        await _dialogStates.DeleteAsync(turnContext, CancellationToken.None);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            InvokeAnswers.Set(turnContext, InvokeAnswers.CardActionFailed(Strings.TurnErrorApology));
        }

        try
        {
            await turnContext.SendActivityAsync(Strings.TurnErrorApology, cancellationToken: CancellationToken.None);
        }
        catch (ReplyDeliveryException undelivered)
        {
            LogDeliveryFailed(_logger, undelivered.ServiceUrl, turnContext.Activity.Conversation?.Id, undelivered.InnerException?.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies could not be delivered to {ServiceUrl} in conversation {ConversationId}: {Reason}")]
    private static partial void LogDeliveryFailed(ILogger logger, string? serviceUrl, string? conversationId, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request refused with 503: the token issuer's OpenID metadata could not be fetched ({Reason})")]
    private static partial void LogMetadataUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} on channel {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? conversationId, string? channelId);
}
