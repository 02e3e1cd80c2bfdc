namespace SupportBot.Benefits.DataImport;

/// <summary>A data file was refused. The message lists every problem; none of them quotes an Access ID or Contract ID.</summary>
public sealed class BenefitsDataException : Exception
{
    public BenefitsDataException()
        : this("The benefits data file was refused.", [])
    {
    }

    public BenefitsDataException(string message)
        : this(message, [])
    {
    }

    public BenefitsDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public BenefitsDataException(string source, IReadOnlyList<DataProblem> problems)
        : base(Describe(source, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<DataProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<DataProblem> problems) =>
        problems.Count == 0
            ? source
            : $"The benefits data file '{source}' was refused; nothing of it was loaded. {problems.Count} problem(s):"
              + Environment.NewLine
              + string.Join(Environment.NewLine, problems.Select(problem => "  " + problem));
}
