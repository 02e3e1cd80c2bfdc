using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.State;
using SupportBot.Teams;

namespace SupportBot.Bot;

/// <summary>
/// Maps activity types to the dialogs and nothing more: it sets the turn's language, runs the main dialog for
/// messages and card actions, introduces the bot where it arrives, and saves state once at the end of the turn.
/// </summary>
public sealed class SupportBotActivityHandler : ActivityHandler
{
    private readonly DialogStateStore _dialogStates;
    private readonly UserState _userState;
    private readonly LanguagePreference _languagePreference;
    private readonly MainDialog _mainDialog;
    private readonly MainMenu _mainMenu;
    private readonly Introduction _introduction;
    private readonly SharedConversationReplies _sharedReplies;
    private readonly TypingIndicator _typing;

    public SupportBotActivityHandler(
        DialogStateStore dialogStates,
        UserState userState,
        LanguagePreference languagePreference,
        MainDialog mainDialog,
        MainMenu mainMenu,
        Introduction introduction,
        SharedConversationReplies sharedReplies,
        TypingIndicator typing)
    {
        _dialogStates = dialogStates;
        _userState = userState;
        _languagePreference = languagePreference;
        _mainDialog = mainDialog;
        _mainMenu = mainMenu;
        _introduction = introduction;
        _sharedReplies = sharedReplies;
        _typing = typing;
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        TurnCulture.Apply(await _languagePreference.ResolveAsync(turnContext, cancellationToken));
        CardActionFallback.Prepare(turnContext);
        SharedConversationReplies.Prepare(turnContext);
        await using (_typing.Start(turnContext))
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            await _sharedReplies.FinishAsync(turnContext, cancellationToken);
        }

        await _dialogStates.SaveAsync(turnContext, cancellationToken);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // In Teams channels and group chats the text starts with "<at>SupportBot</at>".
        turnContext.Activity.RemoveRecipientMention();
        await RunMainDialogAsync(turnContext, cancellationToken);
    }

    /// <summary>Card actions (<c>adaptiveCard/action</c>) are served; any other invoke is answered "not supported" (400), never 501.</summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
        => turnContext.Activity.Name == InvokeAnswers.AdaptiveCardAction
            ? await base.OnInvokeActivityAsync(turnContext, cancellationToken)
            : InvokeAnswers.NotSupported(turnContext.Activity.Name);

    /// <summary>A Universal Action (Teams' Action.Execute): its data answers like a card submit, then the card is updated.</summary>
    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext,
        AdaptiveCardInvokeValue invokeValue,
        CancellationToken cancellationToken)
        => CardActionSubmit.RunAsync(turnContext, RunMainDialogAsync, cancellationToken);

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // The bot itself among the added members means it was just added (the SDK's OnMembersAddedAsync never
        // hears of that alone); in a personal conversation its person joining means the same. Other people joining
        // a group chat or team are not greeted one by one.
        var activity = turnContext.Activity;
        var membersAdded = activity.MembersAdded ?? [];
        var botAdded = membersAdded.Any(member => member.Id == activity.Recipient?.Id);
        var personJoined = membersAdded.Any(member => member.Id != activity.Recipient?.Id) && !SharedConversation.IsShared(activity);
        if (botAdded || personJoined)
        {
            await _introduction.IntroduceOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => await _introduction.IntroduceOnceAsync(turnContext, cancellationToken);

    private async Task RunMainDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var result = await _mainDialog.RunAsync(turnContext, _dialogStates.For(turnContext), cancellationToken);
        if (result.Result is PromptAttemptsExhausted)
        {
            await _mainMenu.SendAfterExhaustedPromptAsync(turnContext, cancellationToken);
        }
    }
}
