namespace SupportBot.Benefits.Model;

/// <summary>
/// A support contract of a partner. <see cref="Key"/> is our own identifier; the portal's
/// Access ID and Contract ID are secrets. <see cref="Allowance"/> null means unlimited.
/// </summary>
public sealed record Contract(
    string Key,
    string PartnerId,
    SupportBenefit Benefit,
    string? PackName,
    SupportSecret AccessId,
    SupportSecret ContractId,
    int? Allowance,
    int Used,
    DateOnly StartsOn,
    DateOnly EndsOn)
{
    public bool IsUnlimited => Allowance is null;

    /// <summary>Incidents left; null when unlimited.</summary>
    public int? Remaining => Allowance is { } allowance ? Math.Max(0, allowance - Used) : null;

    public SupportScope Scope => Benefit.Scope();

    /// <summary>The end date is the last day the contract can be used.</summary>
    public ContractStatus StatusOn(DateOnly today) =>
        today > EndsOn ? ContractStatus.Expired
        : today < StartsOn ? ContractStatus.NotStarted
        : Remaining is 0 ? ContractStatus.UsedUp
        : ContractStatus.Active;

    public ContractStatus StatusAt(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return StatusOn(time.Today());
    }
}
