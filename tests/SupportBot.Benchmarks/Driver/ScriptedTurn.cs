namespace SupportBot.Benchmarks.Driver;

/// <summary>One turn of the scripted conversation: a conversationUpdate that adds the user, or a message.</summary>
public sealed record ScriptedTurn(string ActivityType, string? Text)
{
    public const string ConversationUpdateType = "conversationUpdate";
    public const string MessageType = "message";

    public static ScriptedTurn MembersAdded { get; } = new(ConversationUpdateType, null);

    public static ScriptedTurn Message(string text) => new(MessageType, text);

    public override string ToString() => Text is null ? ActivityType : $"\"{Text}\"";
}
