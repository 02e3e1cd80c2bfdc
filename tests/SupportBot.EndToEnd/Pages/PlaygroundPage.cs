using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.EndToEnd.Pages;

/// <summary>The playground's Teams-like page: the chat and channel list, the compose box with its @mention picker, messages and cards.</summary>
internal sealed class PlaygroundPage(IPage page)
{
    /// <summary>A bot turn through the playground's connector plus rendering; generous for a cold, shared CPU.</summary>
    public static readonly float WaitMilliseconds = 30_000;

    public IPage Page => page;

    private ILocator ComposeBox => page.GetByRole(AriaRole.Textbox).First;

    public async Task OpenAsync(Uri address)
    {
        await page.GotoAsync(address.ToString());
        await Expect(ComposeBox).ToBeVisibleAsync(new() { Timeout = WaitMilliseconds });
    }

    /// <summary>Opens a chat or channel from the list on the left, by the name it shows.</summary>
    public async Task OpenConversationAsync(string name)
    {
        await page.GetByText(name, new() { Exact = true }).First.ClickAsync();
    }

    /// <summary>Types a message and sends it; <paramref name="mentionBot"/> first picks @SupportBot from the mention list, as a group chat or channel needs.</summary>
    public async Task SendAsync(string text, bool mentionBot = false)
    {
        await ComposeBox.ClickAsync();
        if (mentionBot)
        {
            await page.Keyboard.TypeAsync("@");
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "SupportBot" }).ClickAsync();
            await page.Keyboard.TypeAsync(" ");
        }

        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>The newest element showing <paramref name="text"/>, once it is on screen.</summary>
    public async Task<ILocator> WaitForTextAsync(string text)
    {
        var found = page.GetByText(text).Last;
        await Expect(found).ToBeVisibleAsync(new() { Timeout = WaitMilliseconds });
        return found;
    }

    /// <summary>The newest card button with this title.</summary>
    public ILocator Button(string title) => page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).Last;

    public async Task ClickButtonAsync(string title)
    {
        var button = Button(title);
        await Expect(button).ToBeEnabledAsync(new() { Timeout = WaitMilliseconds });
        await button.ClickAsync();
    }

    public async Task<string> ScreenshotAsync(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path });
        return path;
    }
}
