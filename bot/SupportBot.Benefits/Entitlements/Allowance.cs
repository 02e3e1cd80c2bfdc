namespace SupportBot.Benefits.Entitlements;

/// <summary>How many incidents a benefit includes: none, a count, or unlimited.</summary>
public readonly record struct Allowance(AllowanceKind Kind, int Count)
{
    public static Allowance None { get; } = new(AllowanceKind.None, 0);

    public static Allowance Unlimited { get; } = new(AllowanceKind.Unlimited, 0);

    public static Allowance Incidents(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return new(AllowanceKind.Count, count);
    }

    public bool IsIncluded => Kind != AllowanceKind.None;
}
