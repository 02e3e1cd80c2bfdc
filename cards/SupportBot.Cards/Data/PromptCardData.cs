namespace SupportBot.Cards;

/// <summary>
/// A question with one button per answer, for conversations where suggested actions do not reach the bot (Teams
/// group chats and channels). Once <see cref="Answer"/> is set the card shows it and its buttons are disabled: the
/// card a Universal Action replaces the question with.
/// </summary>
public sealed record PromptCardData(string Text, IReadOnlyList<SubmitButton> Choices, string? Answer = null) : ICardData
{
    public static CardTemplate Template => CardTemplate.Prompt;

    /// <summary>Whether the question was answered (bound as <c>answered</c>, always present for <c>$when</c>).</summary>
    public bool Answered => Answer is not null;
}
