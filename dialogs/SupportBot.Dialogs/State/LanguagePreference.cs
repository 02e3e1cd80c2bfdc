using System.Globalization;
using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.State;

/// <summary>
/// Decides the language of a turn: the user's saved choice, else the activity's locale, else English (in a group
/// chat or channel, the message's own locale); and remembers a new choice in UserState.
/// </summary>
public sealed class LanguagePreference
{
    private readonly IStatePropertyAccessor<UserProfile> _profile;

    public LanguagePreference(UserState userState)
    {
        _profile = userState.CreateProperty<UserProfile>(nameof(UserProfile));
    }

    public IStatePropertyAccessor<UserProfile> Profile => _profile;

    public async Task<CultureInfo> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (SharedConversation.IsShared(turnContext.Activity))
        {
            // Several people read a shared conversation: one member's choice is not everyone's language.
            return SupportedLanguages.FromTag(turnContext.Activity.Locale) ?? SupportedLanguages.English;
        }

        var profile = await _profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        return SupportedLanguages.FromTag(profile.Language)
            ?? SupportedLanguages.FromTag(turnContext.Activity.Locale)
            ?? SupportedLanguages.English;
    }

    /// <summary>
    /// Saves the user's choice. The caller sets <see cref="CultureInfo.CurrentUICulture"/> itself: a culture
    /// set inside an awaited method does not flow back to its caller.
    /// </summary>
    public async Task ChooseAsync(ITurnContext turnContext, CultureInfo culture, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        profile.Language = culture.TwoLetterISOLanguageName;
        await _profile.SetAsync(turnContext, profile, cancellationToken);
    }
}
