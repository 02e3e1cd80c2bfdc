using Microsoft.Extensions.Logging;

namespace SupportBot.Dialogs.Flows;

/// <summary>The activation flow's log messages; never the Access ID or Contract ID.</summary>
internal static partial class ActivationLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Activation request {RequestId} recorded for partner {PartnerId}")]
    public static partial void ActivationRequested(ILogger logger, long requestId, string partnerId);
}
