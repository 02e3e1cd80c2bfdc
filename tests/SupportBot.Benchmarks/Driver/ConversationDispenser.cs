using System.Diagnostics;

namespace SupportBot.Benchmarks.Driver;

/// <summary>Hands out conversation numbers to the workers of a phase until the count or the deadline is reached.</summary>
public sealed class ConversationDispenser(int conversations, TimeSpan timeLimit)
{
    private readonly long _deadline = Stopwatch.GetTimestamp() + (long)(timeLimit.TotalSeconds * Stopwatch.Frequency);
    private int _taken;
    private int _started;
    private int _stoppedByTimeLimit;

    public int Started => Volatile.Read(ref _started);

    public bool StoppedByTimeLimit => Volatile.Read(ref _stoppedByTimeLimit) == 1;

    public bool TryTake(out int conversationNumber)
    {
        conversationNumber = Interlocked.Increment(ref _taken);
        if (conversationNumber > conversations)
        {
            return false;
        }

        if (Stopwatch.GetTimestamp() >= _deadline)
        {
            Volatile.Write(ref _stoppedByTimeLimit, 1);
            return false;
        }

        Interlocked.Increment(ref _started);
        return true;
    }
}
