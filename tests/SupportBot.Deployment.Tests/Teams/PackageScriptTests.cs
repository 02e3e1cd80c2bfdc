namespace SupportBot.Deployment.Tests.Teams;

/// <summary>package.sh refuses what would build a package Teams cannot use, and says why.</summary>
public sealed class PackageScriptTests : IDisposable
{
    private const string GoodAppId = PackagedAppFixture.SampleAppId;
    private const string GoodDomain = PackagedAppFixture.SampleDomain;

    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("supportbot-teams-refused-");

    private string ZipPath => Path.Combine(_output.FullName, "SupportBot.zip");

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("6f1c2a9e3b4d4e5f8a7b0c1d2e3f4a5b")]
    [InlineData("{6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b}")]
    [InlineData("6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5")]
    public void PackageScript_NonGuidAppId_RefusesAndWritesNothing(string appId)
    {
        var result = TeamsTools.Package(appId, GoodDomain, ZipPath);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"bot app id '{appId}' is not a GUID", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Theory]
    [InlineData("https://supportbot.contoso.example")]
    [InlineData("supportbot.contoso.example/api/messages")]
    [InlineData("supportbot.contoso.example:443")]
    [InlineData("localhost")]
    public void PackageScript_DomainNotAHostName_RefusesAndWritesNothing(string domain)
    {
        var result = TeamsTools.Package(GoodAppId, domain, ZipPath);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"bot domain '{domain}' is not a host name", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Fact]
    public void PackageScript_NoAppId_SaysWhatIsMissing()
    {
        var result = TeamsTools.Package("", GoodDomain, ZipPath);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("the bot's Microsoft App ID is missing", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void PackageScript_GoodArguments_WritesTheZip()
    {
        var result = TeamsTools.Package(GoodAppId, GoodDomain, ZipPath);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.True(File.Exists(ZipPath));
    }

    public void Dispose() => _output.Delete(recursive: true);
}
