namespace SupportBot.Benefits.Model;

/// <summary>The cloud competencies of the 2021 program; every other competency is "other".</summary>
public static class CloudCompetencies
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "Security",
        "Cloud Business Applications",
        "Cloud Platform",
        "Cloud Productivity",
        "Enterprise Mobility Management",
        "Small and Midmarket Cloud Solutions",
    ];

    public static CompetencyKind Classify(string? competency) =>
        string.IsNullOrWhiteSpace(competency) ? CompetencyKind.None
        : Names.Contains(competency.Trim(), StringComparer.OrdinalIgnoreCase) ? CompetencyKind.Cloud
        : CompetencyKind.Other;
}
