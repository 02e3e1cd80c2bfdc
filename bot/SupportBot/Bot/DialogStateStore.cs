using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot;

/// <summary>
/// Where a turn's dialog stack lives. A personal conversation has one person and one dialog (ConversationState); in a
/// group chat or channel each member has their own (PrivateConversationState: conversation and user), so one member's
/// answer never continues another member's question.
/// </summary>
public sealed class DialogStateStore
{
    private readonly ConversationState _conversationState;
    private readonly PrivateConversationState _perPersonState;
    private readonly IStatePropertyAccessor<DialogState> _perConversation;
    private readonly IStatePropertyAccessor<DialogState> _perPerson;

    public DialogStateStore(ConversationState conversationState, PrivateConversationState perPersonState)
    {
        _conversationState = conversationState;
        _perPersonState = perPersonState;
        _perConversation = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        _perPerson = perPersonState.CreateProperty<DialogState>(nameof(DialogState));
    }

    public IStatePropertyAccessor<DialogState> For(ITurnContext turnContext)
        => SharedConversation.IsShared(turnContext.Activity) ? _perPerson : _perConversation;

    public async Task SaveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await _perPersonState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <summary>Drops the turn's dialog stack (after a failed turn), so the next message starts cleanly.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (SharedConversation.IsShared(turnContext.Activity))
        {
            await _perPersonState.DeleteAsync(turnContext, cancellationToken);
            return;
        }

        await _conversationState.DeleteAsync(turnContext, cancellationToken);
    }
}
