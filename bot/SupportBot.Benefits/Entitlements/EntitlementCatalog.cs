namespace SupportBot.Benefits.Entitlements;

/// <summary>All known program years; the table in force is the latest one already effective.</summary>
public sealed record EntitlementCatalog(IReadOnlyList<EntitlementTable> Tables)
{
    public EntitlementTable? InForceOn(DateOnly day) =>
        Tables.Where(table => table.EffectiveFrom <= day).MaxBy(table => table.EffectiveFrom);
}
