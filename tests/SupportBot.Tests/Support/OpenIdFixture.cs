namespace SupportBot.Tests.Support;

/// <summary>
/// One <see cref="LocalOpenIdServer"/> for every test class that signs channel tokens. Its certificate is trusted
/// once for the run: servers trusted and untrusted side by side by several classes made the process's cached trust
/// store miss some of them.
/// </summary>
public sealed class OpenIdFixture : IAsyncLifetime
{
    public LocalOpenIdServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await LocalOpenIdServer.StartAsync("msteams", "emulator", "webchat");

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>The test classes that share <see cref="OpenIdFixture"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class OpenIdTestGroup : ICollectionFixture<OpenIdFixture>
{
    public const string Name = "Signed channel tokens";
}
