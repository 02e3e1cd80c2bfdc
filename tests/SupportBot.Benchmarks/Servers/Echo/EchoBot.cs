using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Benchmarks.Servers.Echo;

/// <summary>Echoes each message with a per-conversation counter kept in ConversationState and saved every turn.</summary>
public sealed class EchoBot : ActivityHandler
{
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<int> _messageCount;

    public EchoBot(ConversationState conversationState)
    {
        _conversationState = conversationState;
        _messageCount = conversationState.CreateProperty<int>("messageCount");
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var count = await _messageCount.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _messageCount.SetAsync(turnContext, count, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text($"echo {count}: {turnContext.Activity.Text}"), cancellationToken);
    }
}
