using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Resources;
using SupportBot.Dialogs.State;

namespace SupportBot.Adapter;

/// <summary>
/// The Bot Framework adapter of the host. A turn that throws is logged with its exception; the user
/// gets a short apology in their language, and the conversation's dialog stack is dropped so the next
/// message starts cleanly instead of failing the same way again.
/// </summary>
public sealed partial class SupportBotAdapter : CloudAdapter
{
    private readonly ILogger<SupportBotAdapter> _logger;
    private readonly ConversationState _conversationState;
    private readonly LanguagePreference _languagePreference;

    public SupportBotAdapter(
        BotFrameworkAuthentication authentication,
        ILogger<SupportBotAdapter> logger,
        ConversationState conversationState,
        LanguagePreference languagePreference)
        : base(authentication, logger)
    {
        _logger = logger;
        _conversationState = conversationState;
        _languagePreference = languagePreference;
        OnTurnError = HandleTurnErrorAsync;
    }

    /// <summary>
    /// Runs an activity that <see cref="Endpoints.ActivityReader"/> has already read and checked, and writes
    /// the HTTP answer: 200, the replies for <c>expectReplies</c>, an invoke response, or 401.
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
        catch (Exception exception) when (exception is UnauthorizedAccessException or SecurityTokenException)
        {
            // The SDK turns most bad tokens into UnauthorizedAccessException but lets a bad signature
            // through as a SecurityTokenException; both mean the caller is not authenticated.
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
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

        await _conversationState.DeleteAsync(turnContext, CancellationToken.None);
        await turnContext.SendActivityAsync(Strings.TurnErrorApology, cancellationToken: CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} on channel {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? conversationId, string? channelId);
}
