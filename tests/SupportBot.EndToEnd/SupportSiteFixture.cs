using Microsoft.Playwright;
using SupportBot.EndToEnd.Hosting;

namespace SupportBot.EndToEnd;

/// <summary>One bot process and one Chromium for the browser tests; each test opens its own browser context.</summary>
public sealed class SupportSiteFixture : IAsyncLifetime
{
    private BotProcess? _bot;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => Bot.BaseAddress;

    public string BotOutput => Bot.Output;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private BotProcess Bot => _bot ?? throw new InvalidOperationException("The fixture is not started.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumBrowser.LaunchAsync(_playwright);
        _bot = await BotProcess.StartAsync();
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public Task<IBrowserContext> NewContextAsync(string locale)
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture is not started.");
        return browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 1100 },
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SupportSiteGroup : ICollectionFixture<SupportSiteFixture>
{
    public const string Name = "Support site";
}
