namespace SupportBot.Benefits.DataImport;

/// <summary><see cref="Data"/> is null whenever there is a problem.</summary>
internal sealed record ParseOutcome(
    BenefitsData? Data,
    IReadOnlyList<DataProblem> Problems,
    IReadOnlyList<(UniqueKey Kind, string Key, string Path)> Identifiers);
