namespace SupportBot.Turns;

/// <summary>
/// Everything a turn persists, committed at once: the bot-state changes it made (a null value deletes the key),
/// the state keys it only read (their retention clock restarts), and the activity it handled, if it is one
/// that may be redelivered.
/// </summary>
public sealed record TurnCommit(
    ActivityKey? Handled,
    IReadOnlyList<KeyValuePair<string, object?>> Changes,
    IReadOnlyCollection<string> Used)
{
    public bool IsEmpty => Handled is null && Changes.Count == 0;
}
