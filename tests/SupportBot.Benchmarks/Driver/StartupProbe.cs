using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// Measures cold start: from just before the child process starts to its first answered activity (HTTP
/// 200 with a reply). Polls the port until something listens, within a deadline, then sends the turn.
/// </summary>
public static class StartupProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static async Task<TimeSpan> WaitForFirstReplyAsync(
        ChildServer child,
        HttpClient http,
        ScriptedTurn firstTurn,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(child);
        while (!await IsListeningAsync(child.Options.Port, cancellationToken))
        {
            if (child.HasExited)
            {
                throw new ServerStartException(
                    $"{child.Options.Kind} exited with code {child.ExitCode.ToString(CultureInfo.InvariantCulture)} before listening.");
            }

            if (Stopwatch.GetElapsedTime(child.StartedTimestamp) > Deadline)
            {
                throw new ServerStartException($"{child.Options.Kind} did not listen within {Deadline.TotalSeconds:0} s.");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        var conversationId = $"bench-coldstart-{Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)}";
        var outcome = await new TurnClient(http).SendAsync(firstTurn, conversationId, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new ServerStartException($"{child.Options.Kind} failed its first activity ({firstTurn}): {outcome.Problem}: {outcome.Detail}");
        }

        return Stopwatch.GetElapsedTime(child.StartedTimestamp);
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
