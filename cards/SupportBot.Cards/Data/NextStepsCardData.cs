namespace SupportBot.Cards;

/// <summary>
/// A message's next steps as card buttons, for conversations where suggested actions do not reach the bot (Teams
/// group chats and channels deliver a message only when it @mentions the bot; a card button always reaches it).
/// </summary>
public sealed record NextStepsCardData(IReadOnlyList<SubmitButton> Buttons) : ICardData
{
    public static CardTemplate Template => CardTemplate.NextSteps;
}
