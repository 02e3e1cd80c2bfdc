using System.Globalization;

namespace SupportBot.Benchmarks.Measurements;

/// <summary>
/// The peak (VmHWM) and current (VmRSS) resident set size of a process, from /proc/&lt;pid&gt;/status (Linux only).
/// </summary>
public static class PeakMemory
{
    private const string PeakResidentField = "VmHWM:";
    private const string CurrentResidentField = "VmRSS:";

    /// <returns>Megabytes, or null where /proc is not there or the process has gone.</returns>
    public static double? ReadMegabytes(int processId) => ReadField(processId, PeakResidentField);

    /// <returns>The resident set size now, in megabytes, or null where /proc is not there or the process has gone.</returns>
    public static double? ReadCurrentMegabytes(int processId) => ReadField(processId, CurrentResidentField);

    private static double? ReadField(int processId, string field)
    {
        var statusPath = $"/proc/{processId}/status";
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kilobytes = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        return null;
    }
}
