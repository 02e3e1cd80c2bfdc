namespace SupportBot.Deployment.Tests.Teams;

/// <summary>What a finished child process left: its exit code and everything it printed.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
