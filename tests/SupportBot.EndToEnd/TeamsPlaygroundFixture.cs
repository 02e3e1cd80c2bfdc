using Microsoft.Playwright;
using SupportBot.EndToEnd.Hosting;
using SupportBot.EndToEnd.Playground;

namespace SupportBot.EndToEnd;

/// <summary>One bot process, one Teams playground and one Chromium for the Teams tests; each test opens its own page.</summary>
public sealed class TeamsPlaygroundFixture : IAsyncLifetime
{
    private BotProcess? _bot;
    private PlaygroundProcess? _playground;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the Teams tests' screenshots land: bin/&lt;Configuration&gt;/net10.0/screenshots/teams-playground.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots", "teams-playground");

    internal PlaygroundProcess Playground => _playground ?? throw new InvalidOperationException("The fixture is not started.");

    public string Output => $"bot:\n{_bot?.Output}\nplayground:\n{_playground?.Output}";

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync();
        _playground = await PlaygroundProcess.StartAsync(_bot.BaseAddress);
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumBrowser.LaunchAsync(_playwright);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task<IBrowserContext> NewContextAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture is not started.");
        return await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
