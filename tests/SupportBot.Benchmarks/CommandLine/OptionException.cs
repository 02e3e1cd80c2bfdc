namespace SupportBot.Benchmarks.CommandLine;

/// <summary>The command line could not be understood; the message says which option and why.</summary>
public sealed class OptionException : Exception
{
    public OptionException(string message)
        : base(message)
    {
    }

    public OptionException()
    {
    }

    public OptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
