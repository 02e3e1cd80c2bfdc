using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Cards;
using SupportBot.Dialogs.Resources;
using SupportBot.Dialogs.State;

namespace SupportBot.Dialogs.Main;

/// <summary>The welcome and the main menu card, in the turn's language.</summary>
public sealed class MainMenu
{
    private readonly CardFactory _cards;
    private readonly LanguagePreference _languagePreference;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Attachment> _menuByLanguage = new(StringComparer.Ordinal);

    public MainMenu(CardFactory cards, LanguagePreference languagePreference, TimeProvider time)
    {
        _cards = cards;
        _languagePreference = languagePreference;
        _time = time;
    }

    public async Task SendMenuAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // The menu is the same for everyone who speaks a language: bound once per language, then reused.
        var card = _menuByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => _cards.Create(BuildMenu()));
        var menu = new Attachment(card.ContentType, content: card.Content);
        await turnContext.SendActivityAsync(MessageFactory.Attachment(menu), cancellationToken);
    }

    /// <summary>Introduces the bot the first time a user joins, says welcome back after that, then shows the menu.</summary>
    public async Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await _languagePreference.Profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        var welcome = profile.WelcomedAt is null ? Strings.WelcomeFirstTime : Strings.WelcomeBack;
        profile.WelcomedAt ??= _time.GetUtcNow();
        await _languagePreference.Profile.SetAsync(turnContext, profile, cancellationToken);

        await turnContext.SendActivityAsync(welcome, cancellationToken: cancellationToken);
        await SendMenuAsync(turnContext, cancellationToken);
    }

    /// <summary>After a prompt was answered wrongly too often: no loop, the menu instead.</summary>
    public async Task SendAfterExhaustedPromptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(Strings.PromptAttemptsExhausted, cancellationToken: cancellationToken);
        await SendMenuAsync(turnContext, cancellationToken);
    }

    private static MenuCardData BuildMenu() => new(
        Strings.MenuTitle,
        Strings.MenuIntro,
        [
            new SubmitButton(Strings.MenuEligibility, MenuReplies.Eligibility),
            new SubmitButton(Strings.MenuActivate, MenuReplies.Activate),
            new SubmitButton(Strings.MenuSupport, MenuReplies.Support),
            new SubmitButton(Strings.MenuIncidents, MenuReplies.Incidents),
            new SubmitButton(Strings.MenuAccessIdError, MenuReplies.AccessIdError),
            new SubmitButton(Strings.MenuPlans, MenuReplies.Plans),
        ]);
}
