namespace SupportBot.Benchmarks.Measurements;

/// <summary>How many bot-state rows a server holds and their size in bytes, conversation and user rows apart.</summary>
public sealed record StateFootprint(int ConversationRows, long ConversationBytes, int UserRows, long UserBytes)
{
    public double BytesPerConversation(int conversations)
        => conversations == 0 ? 0 : (double)(ConversationBytes + UserBytes) / conversations;
}
