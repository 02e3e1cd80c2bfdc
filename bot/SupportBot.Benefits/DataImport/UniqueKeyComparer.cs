namespace SupportBot.Benefits.DataImport;

internal sealed class UniqueKeyComparer : IEqualityComparer<(UniqueKey Kind, string Key)>
{
    public static UniqueKeyComparer Instance { get; } = new();

    public bool Equals((UniqueKey Kind, string Key) x, (UniqueKey Kind, string Key) y) =>
        x.Kind == y.Kind && string.Equals(x.Key, y.Key, Comparison(x.Kind));

    public int GetHashCode((UniqueKey Kind, string Key) obj) =>
        HashCode.Combine(obj.Kind, UniqueKeys.IgnoresCase(obj.Kind) ? StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Key) : StringComparer.Ordinal.GetHashCode(obj.Key));

    private static StringComparison Comparison(UniqueKey kind) =>
        UniqueKeys.IgnoresCase(kind) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
