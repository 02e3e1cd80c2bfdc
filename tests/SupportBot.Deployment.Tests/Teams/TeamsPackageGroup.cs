namespace SupportBot.Deployment.Tests.Teams;

/// <summary>The tests that read the packaged app share one package.sh run and one validation.</summary>
[CollectionDefinition(Name)]
public sealed class TeamsPackageGroup : ICollectionFixture<PackagedAppFixture>
{
    public const string Name = "Teams package";
}
