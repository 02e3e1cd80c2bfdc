using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using SupportBot.Adapter;

namespace SupportBot.Teams;

/// <summary>
/// Sends messages to the person of the current turn in their personal (1:1) chat with the bot, from a group chat or
/// channel: Bot Connector's create-conversation with that one member (Teams returns the existing chat when there is
/// one), then the messages into it. Only Teams has such a chat; Teams refuses (403) when the app is not installed
/// for the person. False when the messages did not reach the chat.
/// </summary>
public sealed partial class PersonalChat(ILogger<PersonalChat> logger)
{
    public async Task<bool> TrySendAsync(ITurnContext turnContext, IReadOnlyList<Activity> messages, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId != Channels.Msteams || turnContext.Adapter is not CloudAdapter adapter || activity.From is null)
        {
            return false;
        }

        var tenantId = activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id ?? activity.Conversation?.TenantId;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = activity.Recipient,
            Members = [new ChannelAccount(activity.From.Id, activity.From.Name, aadObjectId: activity.From.AadObjectId)],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
        };

        var delivered = false;
        try
        {
            await adapter.CreateConversationAsync(
                BotAppId(turnContext),
                activity.ChannelId,
                activity.ServiceUrl,
                turnContext.TurnState.Get<string>(BotAdapter.OAuthScopeKey),
                parameters,
                async (personal, token) =>
                {
                    foreach (var message in messages)
                    {
                        // They were addressed to the shared conversation; the personal turn addresses them anew.
                        message.ReplyToId = null;
                        message.Id = null;
                    }

                    try
                    {
                        await personal.SendActivitiesAsync([.. messages], token);
                        delivered = true;
                    }
                    catch (ReplyDeliveryException exception)
                    {
                        LogPersonalChatFailed(logger, exception, activity.Conversation?.Id);
                    }
                },
                cancellationToken);
            return delivered;
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException)
        {
            LogPersonalChatFailed(logger, exception, activity.Conversation?.Id);
            return false;
        }
    }

    private static string BotAppId(ITurnContext turnContext)
        => turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey)?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value
            ?? string.Empty;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach the personal chat of a member of conversation {ConversationId}")]
    private static partial void LogPersonalChatFailed(ILogger logger, Exception exception, string? conversationId);
}
