namespace SupportBot.Retention;

/// <summary>Whose state a bot-state key holds, read from the key the Bot Framework gives it.</summary>
public enum StateScope
{
    /// <summary><c>{channel}/conversations/{conversation}</c>, and per-person keys under it.</summary>
    Conversation,

    /// <summary><c>{channel}/users/{user}</c>.</summary>
    User,
}
