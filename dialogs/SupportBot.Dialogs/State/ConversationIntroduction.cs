namespace SupportBot.Dialogs.State;

/// <summary>What the bot remembers about a conversation it joined (ConversationState): whether it introduced itself.</summary>
public sealed class ConversationIntroduction
{
    /// <summary>When the bot introduced itself in this conversation; null until then.</summary>
    public DateTimeOffset? IntroducedAt { get; set; }
}
