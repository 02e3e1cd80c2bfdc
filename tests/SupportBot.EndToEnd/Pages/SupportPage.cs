using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.EndToEnd.Pages;

/// <summary>The support page as a user sees it: pickers, Web Chat's send box, bubbles and Adaptive Cards.</summary>
internal sealed class SupportPage
{
    /// <summary>A bot turn over polling Direct Line (1 s interval) plus rendering; generous for a cold, shared CPU.</summary>
    public static readonly float WaitMilliseconds = 30_000;

    private readonly IPage _page;

    public SupportPage(IPage page)
    {
        _page = page;
    }

    public ILocator Heading => _page.Locator("h1");

    public ILocator PersonaPicker => _page.Locator("#persona");

    public ILocator LanguagePicker => _page.Locator("#language");

    public ILocator Transcript => _page.Locator("#webchat");

    public ILocator Cards => Transcript.Locator(".ac-adaptiveCard");

    public async Task OpenAsync()
    {
        await _page.GotoAsync("/");
        await Expect(Heading).ToBeVisibleAsync();
    }

    public async Task ChooseLanguageAsync(string label)
    {
        await _page.SelectOptionAsync("#language", new SelectOptionValue { Label = label });
    }

    public async Task ChoosePersonaAsync(string signInName)
    {
        await Expect(PersonaPicker).ToBeVisibleAsync(new() { Timeout = WaitMilliseconds });
        await _page.SelectOptionAsync("#persona", signInName);
    }

    /// <summary>The card that contains every one of <paramref name="texts"/>, once it is on screen.</summary>
    public async Task<ILocator> WaitForCardAsync(params string[] texts)
    {
        var card = Cards;
        foreach (var text in texts)
        {
            card = card.Filter(new() { HasText = text });
        }

        await Expect(card.First).ToBeVisibleAsync(new() { Timeout = WaitMilliseconds });
        return card.First;
    }

    public async Task WaitForTextAsync(string text)
    {
        await Expect(Transcript.GetByText(text).First).ToBeVisibleAsync(new() { Timeout = WaitMilliseconds });
    }

    public async Task SendAsync(string text)
    {
        var input = Transcript.Locator("[data-id='webchat-sendbox-input']");
        await Expect(input).ToBeEditableAsync(new() { Timeout = WaitMilliseconds });
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    public static async Task ClickButtonAsync(ILocator card, string title)
    {
        await card.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();
    }

    public async Task<string> ScreenshotAsync(string folder, string name)
    {
        var path = Path.Combine(folder, name + ".png");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Scrolls the transcript so a card taller than what is left below it is not cut.</summary>
    public static async Task ScrollToTopAsync(ILocator element)
    {
        await element.EvaluateAsync("element => element.scrollIntoView({ block: 'start' })");
    }

    public static async Task<string> ScreenshotAsync(ILocator element, string folder, string name)
    {
        var path = Path.Combine(folder, name + ".png");
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        return path;
    }
}
