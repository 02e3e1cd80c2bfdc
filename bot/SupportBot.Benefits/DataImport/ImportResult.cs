namespace SupportBot.Benefits.DataImport;

/// <summary>What importing a data file did. Switch over the nested cases.</summary>
public abstract record ImportResult
{
    private ImportResult()
    {
    }

    public sealed record Imported(int Partners, int Accounts, int Contracts, int Incidents) : ImportResult;

    public sealed record Skipped(ImportSkipReason Reason) : ImportResult;

    /// <summary>Nothing was written; <see cref="Problems"/> lists every problem found.</summary>
    public sealed record Rejected(IReadOnlyList<DataProblem> Problems) : ImportResult;
}
