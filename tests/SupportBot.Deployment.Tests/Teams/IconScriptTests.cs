namespace SupportBot.Deployment.Tests.Teams;

/// <summary>The committed icons are exactly what make-icons.py draws, so they can be regenerated at will.</summary>
public sealed class IconScriptTests : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("supportbot-teams-icons-");

    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void MakeIcons_Run_ReproducesTheCommittedIcon(string name)
    {
        var result = TeamsTools.MakeIcons(_output.FullName);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(TeamsTools.TeamsDirectory, name)),
            File.ReadAllBytes(Path.Combine(_output.FullName, name)));
    }

    public void Dispose() => _output.Delete(recursive: true);
}
