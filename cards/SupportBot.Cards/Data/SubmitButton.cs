namespace SupportBot.Cards;

/// <summary>
/// An Action.Submit button. Pressing it sends a message whose <c>value</c> is <c>{"reply": Reply}</c>
/// (plus <c>contractId</c> on the contract card); <see cref="Reply"/> is the flow id the bot routes on.
/// </summary>
public sealed record SubmitButton(string Title, string Reply);
