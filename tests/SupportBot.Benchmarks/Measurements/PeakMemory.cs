using System.Globalization;

namespace SupportBot.Benchmarks.Measurements;

/// <summary>The peak resident set size of a process, from VmHWM in /proc/&lt;pid&gt;/status (Linux only).</summary>
public static class PeakMemory
{
    private const string PeakResidentField = "VmHWM:";

    /// <returns>Megabytes, or null where /proc is not there or the process has gone.</returns>
    public static double? ReadMegabytes(int processId)
    {
        var statusPath = $"/proc/{processId}/status";
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (line.StartsWith(PeakResidentField, StringComparison.Ordinal))
                {
                    var kilobytes = line[PeakResidentField.Length..].Trim().Split(' ')[0];
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
