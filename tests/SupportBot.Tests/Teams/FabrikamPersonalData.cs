namespace SupportBot.Tests.Teams;

/// <summary>
/// What must never reach a shared conversation about Fabrikam's people: the contracts' Access IDs and Contract IDs
/// (in full or masked), the incidents' titles and the incident figures. The sample data holds these values.
/// </summary>
public static class FabrikamPersonalData
{
    private static readonly string[] FullIds = ["R9NBTN9A7F3A", "U2A65UZF91C2", "C24U9JRBC4D8", "GA9J8FF85E07"];

    public static IReadOnlyList<string> Fragments { get; } =
    [
        .. FullIds,
        .. FullIds.Select(id => id[^4..]),
        "•",
        "Cluster node fails to rejoin after patching",
        "Availability group listener times out",
        "Mail flow stops after certificate renewal",
        "17 of 20",
        "17 / 20",
    ];

    /// <summary>The fragments found in <paramref name="text"/> (an activity's whole JSON), none when it is clean.</summary>
    public static IReadOnlyList<string> FoundIn(string text) => [.. Fragments.Where(fragment => text.Contains(fragment, StringComparison.Ordinal))];
}
