namespace SupportBot.Retention;

/// <summary>What one retention sweep deleted.</summary>
public sealed record RetentionSweep(int Conversations, int Users, int HandledActivities)
{
    public int Total => Conversations + Users + HandledActivities;
}
