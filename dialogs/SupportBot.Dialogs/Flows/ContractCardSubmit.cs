using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Recognizers;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// A press on a contract card button: the reply and the contract's key it was sent with. The key comes from
/// the client, so a flow must check that the contract is the user's own partner's before using it.
/// </summary>
internal sealed record ContractCardSubmit(string Reply, string ContractKey)
{
    public const string ContractIdField = "contractId";

    private static readonly string[] FullIdsPhrases = [.. IntentPhrases.ShowFullIds.Select(TextNormalizer.Normalize).Distinct()];

    public static ContractCardSubmit? From(IActivity activity)
    {
        var data = UserInput.GetSubmitData(activity);
        return data?[UserInput.ReplyField] is JValue { Type: JTokenType.String } reply
            && data[ContractIdField] is JValue { Type: JTokenType.String } contractId
            && !string.IsNullOrWhiteSpace((string?)contractId)
            ? new ContractCardSubmit(((string)reply!).Trim(), ((string)contractId!).Trim())
            : null;
    }

    /// <summary>Whether the text (typed or a button's reply) asks to see the Access ID and Contract ID in full.</summary>
    public static bool AsksForFullIds(string? text)
    {
        var padded = $" {TextNormalizer.Normalize(text)} ";
        return FullIdsPhrases.Any(phrase => padded.Contains($" {phrase} ", StringComparison.Ordinal));
    }
}
