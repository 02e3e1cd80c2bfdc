using Microsoft.Bot.Builder;
using SupportBot.Benefits.Model;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>The questions the Access ID error flow asks when the data alone cannot tell which case applies.</summary>
internal static class AccessIdQuestions
{
    /// <summary>The benefits in the order of <see cref="ContractChoice"/>'s choices.</summary>
    public static IReadOnlyList<SupportBenefit> ContractOrder { get; } = [SupportBenefit.ProductSupport, SupportBenefit.SignatureCloudSupport];

    public static PromptOptions ContractChoice(string company) => new()
    {
        Prompt = MessageFactory.Text(AccessIdStrings.AskContract),
        RetryPrompt = MessageFactory.Text(AccessIdStrings.AskContractRetry),
        Help = MessageFactory.Text(FlowMessages.Format(AccessIdStrings.AskContractHelp, company)),
        Choices =
        [
            new Choice(EligibilityStrings.BenefitProductSupport)
            {
                Synonyms = ["product support", "on-premises", "on premises", "support for business", "urun destegi", "sirket ici"],
            },
            new Choice(EligibilityStrings.BenefitSignatureCloud)
            {
                Synonyms = ["signature", "cloud", "azure", "imza", "bulut", "imza bulut destegi"],
            },
        ],
    };

    public static PromptOptions LinkedBefore(string signInName) => new()
    {
        Prompt = MessageFactory.Text(FlowMessages.Format(AccessIdStrings.AskLinked, signInName)),
        RetryPrompt = MessageFactory.Text(FlowMessages.Format(AccessIdStrings.AskLinkedRetry, signInName)),
        Help = MessageFactory.Text(FlowMessages.Format(AccessIdStrings.AskLinkedHelp, signInName)),
    };
}
