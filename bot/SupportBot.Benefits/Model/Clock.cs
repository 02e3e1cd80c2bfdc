namespace SupportBot.Benefits.Model;

internal static class Clock
{
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
