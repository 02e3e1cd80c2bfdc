using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Cards;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Teams;

/// <summary>
/// The replies of a turn in a group chat or channel. Replies a flow marked personal (<see cref="PrivateReplies"/>) are
/// held back and, at the end of the turn, sent to the person's personal chat; the shared conversation then gets one
/// short neutral reply that says so, or says how to open that chat when the bot cannot. The first reply to a person's
/// message or card action @mentions them, and next steps offered as suggested actions become card buttons.
/// </summary>
public sealed class SharedConversationReplies(PersonalChat personalChat)
{
    private const string AddressedKey = "SupportBot.Addressed";
    private static readonly CardFactory Cards = new();

    /// <summary>Installs the turn's reply handling; nothing changes in a personal conversation.</summary>
    public static void Prepare(ITurnContext turnContext)
    {
        if (!SharedConversation.IsShared(turnContext.Activity))
        {
            return;
        }

        PrivateReplies.HoldBack(turnContext);
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            foreach (var message in activities.Where(activity => activity.SuggestedActions?.Actions?.Count > 0))
            {
                message.Attachments = [.. message.Attachments ?? [], NextStepsCard(message.SuggestedActions!.Actions)];
                message.SuggestedActions = null;
            }

            return await next();
        });
        if (!UserInput.IsFromUser(turnContext.Activity))
        {
            // An install or a member change is nobody's question: its replies address no one.
            return;
        }

        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            if (activities.FirstOrDefault(activity => activity.Type == ActivityTypes.Message) is { } first
                && context.TurnState.Get<object>(AddressedKey) is null)
            {
                context.TurnState.Add(AddressedKey, new object());
                await AddressAsync(context, first);
            }

            return await next();
        });
    }

    /// <summary>Delivers the held personal replies and tells the shared conversation where they went.</summary>
    public Task FinishAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var held = PrivateReplies.TakeHeld(turnContext);
        return held.Count == 0 ? Task.CompletedTask : DeliverAsync(turnContext, held, cancellationToken);
    }

    private async Task DeliverAsync(ITurnContext turnContext, IReadOnlyList<Activity> held, CancellationToken cancellationToken)
    {
        var delivered = await personalChat.TrySendAsync(turnContext, held, cancellationToken);
        var mention = await PersonMention.ForAsync(turnContext, cancellationToken);
        var notice = MessageFactory.Text(string.Format(CultureInfo.CurrentCulture, delivered ? Strings.SentToPersonalChat : Strings.PersonalChatUnavailable, mention.Text));
        notice.Entities = [mention];
        await turnContext.SendActivityAsync(notice, cancellationToken);
    }

    // Suggested actions post plain text, which a group chat or channel delivers to the bot only with an @mention.
    private static Attachment NextStepsCard(IEnumerable<CardAction> actions) => Cards.Create(new NextStepsCardData(
        [.. actions.Select(action => new SubmitButton(action.Title, action.Value?.ToString() ?? action.Title))]));

    private static async Task AddressAsync(ITurnContext turnContext, Activity reply)
    {
        if (PersonMention.IsAddressed(reply))
        {
            return;
        }

        var mention = await PersonMention.ForAsync(turnContext, CancellationToken.None);
        reply.Text = string.IsNullOrWhiteSpace(reply.Text) ? mention.Text : $"{mention.Text} {reply.Text}";
        reply.Entities = [.. reply.Entities ?? [], mention];
    }
}
