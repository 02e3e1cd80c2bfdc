namespace SupportBot.Benchmarks.Driver;

/// <summary>A child server did not start, or did not answer its first activity properly.</summary>
public sealed class ServerStartException : Exception
{
    public ServerStartException(string message)
        : base(message)
    {
    }

    public ServerStartException()
    {
    }

    public ServerStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
