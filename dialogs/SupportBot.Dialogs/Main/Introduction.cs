using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Resources;
using SupportBot.Dialogs.State;

namespace SupportBot.Dialogs.Main;

/// <summary>
/// The bot introduces itself once per conversation, whichever comes first of the events that mean it arrived: an
/// install (<c>installationUpdate</c>), the bot among the members added, or its person joining a personal
/// conversation. Teams sends several of these for one install and again when a client reloads; the
/// conversation remembers that it was introduced, so nothing is repeated.
/// </summary>
public sealed class Introduction
{
    private readonly IStatePropertyAccessor<ConversationIntroduction> _introduced;
    private readonly RecentIntroductions _recent;
    private readonly MainMenu _menu;
    private readonly TimeProvider _time;

    public Introduction(ConversationState conversationState, MainMenu menu, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _introduced = conversationState.CreateProperty<ConversationIntroduction>(nameof(ConversationIntroduction));
        _menu = menu;
        _time = time;
        _recent = new RecentIntroductions(time);
    }

    /// <summary>In a personal conversation the welcome and the menu; in a group chat or team a short introduction and the menu.</summary>
    public async Task IntroduceOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = turnContext.Activity.Conversation?.Id ?? string.Empty;

        // Teams sends the install and the bot's arrival at the same moment, and a turn's state is committed only
        // when it ends: the first of the two is remembered here for a while, and the other one stays silent.
        if (!_recent.TryClaim(conversationId))
        {
            return;
        }

        var introduction = await _introduced.GetAsync(turnContext, () => new ConversationIntroduction(), cancellationToken);
        if (introduction.IntroducedAt is not null)
        {
            return;
        }

        introduction.IntroducedAt = _time.GetUtcNow();
        await _introduced.SetAsync(turnContext, introduction, cancellationToken);

        if (!SharedConversation.IsShared(turnContext.Activity))
        {
            await _menu.SendWelcomeAsync(turnContext, cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(Strings.IntroductionShared, cancellationToken: cancellationToken);
        await _menu.SendMenuAsync(turnContext, cancellationToken);
    }
}
