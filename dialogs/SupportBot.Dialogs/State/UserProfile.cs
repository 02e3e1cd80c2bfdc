namespace SupportBot.Dialogs.State;

/// <summary>What the bot remembers about a user across conversations (UserState).</summary>
public sealed class UserProfile
{
    /// <summary>The language the user chose ("en" or "tr"); null until they choose.</summary>
    public string? Language { get; set; }

    /// <summary>When the user was first welcomed; null until then.</summary>
    public DateTimeOffset? WelcomedAt { get; set; }
}
