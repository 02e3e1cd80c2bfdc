using SupportBot.DirectLine;

namespace SupportBot.Hosting;

/// <summary>Says at start-up which channel endpoints are open and how each authenticates its callers.</summary>
public sealed partial class ChannelSecurityLog(ChannelSecurity security, DirectLineAccess directLine, ILogger<ChannelSecurityLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!security.MessagesEndpointEnabled)
        {
            LogMessagesOff(logger);
        }
        else if (security.HasAppId)
        {
            LogMessagesAuthenticated(logger, security.MicrosoftAppId!);
        }
        else
        {
            LogMessagesOpen(logger);
        }

        if (directLine.IsDisabled)
        {
            LogDirectLineOff(logger);
        }
        else if (directLine.AllowsAnonymousStart)
        {
            LogDirectLineOpen(logger);
        }
        else
        {
            LogDirectLineSecret(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel /api/messages: off (answers 404); SupportBot:MessagesEndpointEnabled is false")]
    private static partial void LogMessagesOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel /api/messages: on; every request must carry a Bot Connector token for MicrosoftAppId {AppId} (else 401); Teams users are identified by their Entra tenant and object id")]
    private static partial void LogMessagesAuthenticated(ILogger logger, string appId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel /api/messages: on WITHOUT authentication (no MicrosoftAppId; Development only): from.id is taken as the sign-in name")]
    private static partial void LogMessagesOpen(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel /v3/directline: off (answers 503); set SupportBot:DirectLine:Secret")]
    private static partial void LogDirectLineOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel /v3/directline: on without a secret (Development only): anyone may start a conversation as any user; each token reaches only its own conversation")]
    private static partial void LogDirectLineOpen(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel /v3/directline: on; tokens/generate needs the secret, every other call the secret or a token bound to one user and conversation")]
    private static partial void LogDirectLineSecret(ILogger logger);
}
