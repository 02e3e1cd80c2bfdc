using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using SupportBot.Cards;

namespace SupportBot.Bot;

/// <summary>
/// Decides per channel how card buttons that change their card are sent: as Universal Actions (<c>Action.Execute</c>)
/// in Teams, as <c>Action.Submit</c> everywhere else (Web Chat and the Emulator do not run Action.Execute).
/// </summary>
public static class CardActionFallback
{
    public static void Prepare(ITurnContext turnContext)
    {
        if (UniversalActions.AreSupportedOn(turnContext.Activity.ChannelId))
        {
            return;
        }

        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            foreach (var attachment in activities.SelectMany(activity => activity.Attachments ?? []))
            {
                if (attachment.ContentType == CardFactory.AdaptiveCardContentType && attachment.Content is JObject card)
                {
                    attachment.Content = UniversalActions.WithSubmitFallback(card);
                }
            }

            return await next();
        });
    }
}
