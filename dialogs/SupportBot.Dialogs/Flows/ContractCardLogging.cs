using Microsoft.Bot.Builder;
using SupportBot.Benefits.Contracts;
using SupportBot.Benefits.Model;
using SupportBot.Cards;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// Logging an incident from a contract card: the contract named by the card must be the user's partner's; in a group
/// chat or channel the logging itself happens in the personal chat, from the contract card sent there; a press on the
/// card's own "Log an incident" disables that button in place.
/// </summary>
public sealed class ContractCardLogging(IContractService contracts, CardFactory cards)
{
    /// <summary>The user's contract with this key; when it is not theirs, says so and returns null.</summary>
    public async Task<ContractSummary?> FindOwnAsync(ITurnContext context, Account account, string contractKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var summary = (await contracts.GetContractsAsync(account, 0, cancellationToken)).FirstOrDefault(candidate => candidate.Contract.Key == contractKey);
        if (summary is null)
        {
            await context.SendActivityAsync(ContractStrings.NotYourContract, cancellationToken: cancellationToken);
        }

        return summary;
    }

    /// <summary>Sends the contract's card with its "Log an incident" button, privately (the case's title is not for a shared conversation).</summary>
    public async Task SendCardToLogFromAsync(ITurnContext context, Account account, ContractSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        PrivateReplies.Begin(context);
        var card = cards.Create(ContractCardBuilder.Build(summary, account, reveal: false));
        await context.SendActivityAsync(MessageFactory.Attachment(card, SupportStrings.LogFromCard), cancellationToken);
    }

    /// <summary>When the turn is a press on the card's own button, the card comes back with that button disabled.</summary>
    public void MarkStarted(ITurnContext context, Account account, ContractSummary summary)
        => CardUpdate.TryReplace(context, cards.Create(ContractCardBuilder.Build(summary, account, reveal: false) with { LogIncidentStarted = true }));
}
