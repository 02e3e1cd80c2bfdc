using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// What the incident logging steps need: the contract (already checked to be the user's partner's) and the key
/// of the request that asked to log, so a retried delivery or a double-clicked button books once.
/// </summary>
internal sealed record IncidentLoggingOptions(string ContractKey, string RequestKey)
{
    /// <summary>
    /// The key of this turn's activity. Channels make activity ids unique only within a conversation, so the
    /// channel and conversation are part of it, each part length-prefixed so no ids can make two keys collide.
    /// </summary>
    public static string RequestKeyOf(ITurnContext context)
    {
        var activity = context.Activity;
        var id = string.IsNullOrEmpty(activity.Id) ? Guid.NewGuid().ToString("N") : activity.Id;
        return SupportBot.Benefits.Ledger.RequestKey.Of(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, id);
    }
}
