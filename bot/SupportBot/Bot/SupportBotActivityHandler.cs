using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.State;

namespace SupportBot.Bot;

/// <summary>
/// Maps activity types to the dialogs and nothing more: it sets the turn's language, runs the main
/// dialog for messages, welcomes people who join, and saves state once at the end of the turn.
/// </summary>
public sealed class SupportBotActivityHandler : ActivityHandler
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly LanguagePreference _languagePreference;
    private readonly MainDialog _mainDialog;
    private readonly MainMenu _mainMenu;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    public SupportBotActivityHandler(
        ConversationState conversationState,
        UserState userState,
        LanguagePreference languagePreference,
        MainDialog mainDialog,
        MainMenu mainMenu)
    {
        _conversationState = conversationState;
        _userState = userState;
        _languagePreference = languagePreference;
        _mainDialog = mainDialog;
        _mainMenu = mainMenu;
        _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        TurnCulture.Apply(await _languagePreference.ResolveAsync(turnContext, cancellationToken));
        await base.OnTurnAsync(turnContext, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
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

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext,
        AdaptiveCardInvokeValue invokeValue,
        CancellationToken cancellationToken)
        => CardActionSubmit.RunAsync(turnContext, invokeValue, RunMainDialogAsync, cancellationToken);

    private async Task RunMainDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var result = await _mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
        if (result.Result is PromptAttemptsExhausted)
        {
            await _mainMenu.SendAfterExhaustedPromptAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(member => member.Id != botId))
        {
            await _mainMenu.SendWelcomeAsync(turnContext, cancellationToken);
        }
    }
}
