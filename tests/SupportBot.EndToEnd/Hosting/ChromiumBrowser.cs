using Microsoft.Playwright;

namespace SupportBot.EndToEnd.Hosting;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>, installed by tests/run.sh), headless. Playwright cannot download a
/// browser here, so a missing Chromium fails every test with the reason instead of skipping them.
/// </summary>
internal static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: the browser tests need Debian's chromium (tests/run.sh installs it: apt-get install -y chromium).");
        }

        // Playwright gives each launch a fresh temporary --user-data-dir and removes it on close.
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }
}
