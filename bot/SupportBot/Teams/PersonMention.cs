using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace SupportBot.Teams;

/// <summary>
/// An @mention of the person a turn answers, for replies in a shared conversation. Teams names the sender on every
/// message; when a client leaves the name out, it is asked from the conversation's roster once per turn.
/// </summary>
internal static class PersonMention
{
    private const string TurnStateKey = "SupportBot.PersonMention";

    public static async Task<Mention> ForAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<Mention>(TurnStateKey) is { } known)
        {
            return known;
        }

        var from = turnContext.Activity.From ?? new ChannelAccount(string.Empty);
        var name = string.IsNullOrWhiteSpace(from.Name) ? await RosterNameAsync(turnContext, from.Id, cancellationToken) : from.Name;
        var mention = new Mention(new ChannelAccount(from.Id, name), $"<at>{name}</at>");
        turnContext.TurnState.Add(TurnStateKey, mention);
        return mention;
    }

    /// <summary>Whether the message already @mentions someone.</summary>
    public static bool IsAddressed(IActivity activity)
        => activity.Entities?.Any(entity => string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)) == true;

    private static async Task<string> RosterNameAsync(ITurnContext turnContext, string? userId, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.ChannelId == Channels.Msteams && !string.IsNullOrEmpty(userId))
        {
            try
            {
                var member = await TeamsInfo.GetMemberAsync(turnContext, userId, cancellationToken);
                if (!string.IsNullOrWhiteSpace(member?.Name))
                {
                    return member.Name;
                }
            }
            catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException)
            {
                // No roster answer: the id still addresses the mention.
            }
        }

        return userId ?? string.Empty;
    }
}
