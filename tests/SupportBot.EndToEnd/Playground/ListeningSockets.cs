using System.Globalization;

namespace SupportBot.EndToEnd.Playground;

/// <summary>Reads /proc/net/tcp and tcp6: the local addresses of the sockets listening on a port (Linux only).</summary>
internal static class ListeningSockets
{
    private const string ListenState = "0A";
    private static readonly string[] SocketTables = ["/proc/net/tcp", "/proc/net/tcp6"];

    public static IReadOnlyList<string> On(int port)
    {
        var portHex = port.ToString("X4", CultureInfo.InvariantCulture);
        return [.. SocketTables
            .Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 3 && fields[3] == ListenState && fields[1].EndsWith(":" + portHex, StringComparison.Ordinal))
            .Select(fields => Describe(fields[1][..fields[1].IndexOf(':', StringComparison.Ordinal)]))];
    }

    // The kernel writes addresses as little-endian hex words: 0100007F is 127.0.0.1, 00000000 is every interface.
    private static string Describe(string hex) => hex.Length == 8
        ? string.Join('.', Enumerable.Range(0, 4).Select(index => Convert.ToByte(hex.Substring(6 - (index * 2), 2), 16)))
        : hex.TrimStart('0') is { Length: 0 } ? "::" : "ipv6:" + hex;
}
