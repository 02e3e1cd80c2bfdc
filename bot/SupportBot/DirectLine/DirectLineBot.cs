using Microsoft.Bot.Schema;

namespace SupportBot.DirectLine;

/// <summary>The bot's account in Direct Line conversations, and the app id its turns are run under.</summary>
public sealed record DirectLineBot(string? MicrosoftAppId)
{
    public const string Id = "supportbot";
    public const string Name = "SupportBot";

    public static ChannelAccount Account() => new(Id, Name, RoleTypes.Bot);
}
