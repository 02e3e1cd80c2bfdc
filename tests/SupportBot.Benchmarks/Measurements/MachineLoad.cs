namespace SupportBot.Benchmarks.Measurements;

/// <summary>
/// The load averages of the machine (1, 5 and 15 minutes, from /proc/loadavg). Printed with the figures
/// because the driver and the servers share the machine's cores with whatever else runs: a load above
/// the core count means the figures measure the neighbours too.
/// </summary>
public static class MachineLoad
{
    private const string LoadAveragePath = "/proc/loadavg";

    public static string? Read()
    {
        try
        {
            var fields = File.ReadAllText(LoadAveragePath).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length >= 3 ? string.Join(" ", fields[..3]) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
