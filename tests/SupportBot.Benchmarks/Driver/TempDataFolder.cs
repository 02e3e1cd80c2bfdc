namespace SupportBot.Benchmarks.Driver;

/// <summary>A fresh, empty folder under the temp directory for one child's data, deleted afterwards.</summary>
public sealed class TempDataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("supportbot-bench-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"Could not delete {Path}: {exception.Message}");
        }
        catch (UnauthorizedAccessException exception)
        {
            Console.Error.WriteLine($"Could not delete {Path}: {exception.Message}");
        }
    }
}
