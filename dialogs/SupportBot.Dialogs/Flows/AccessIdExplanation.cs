using Microsoft.Bot.Schema;
using SupportBot.Benefits.Advice;
using SupportBot.Benefits.Contracts;
using SupportBot.Cards;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Resources;
using ContractStatus = SupportBot.Benefits.Model.ContractStatus;

namespace SupportBot.Dialogs.Flows;

/// <summary>What the Access ID error flow says for each <see cref="AccessIdAdvice"/> case, with the way forward.</summary>
internal static class AccessIdExplanation
{
    public static IMessageActivity For(AccessIdAdvice advice, string company, CardFactory cards) => advice switch
    {
        AccessIdAdvice.AlreadyLinked linked => FlowMessages.Text(
            FlowMessages.Format(AccessIdStrings.AlreadyLinked, ContractName(linked.Contract)),
            FlowMessages.Button(Strings.MenuSupport, MenuReplies.Support),
            FlowMessages.MenuButton),
        AccessIdAdvice.ContractHidden hidden => WithPlans(Hidden(hidden), cards),
        AccessIdAdvice.NoCloudSupport => WithPlans(FlowMessages.Format(AccessIdStrings.NoCloudSupport, company), cards),
        AccessIdAdvice.LinkedToAnotherAccount other => FlowMessages.Text(
            FlowMessages.Format(AccessIdStrings.LinkedToAnother, ContractName(other.Contract), other.Link.SignInName),
            FlowMessages.MenuButton),
        AccessIdAdvice.UseCspSupportPlan => FlowMessages.Text(AccessIdStrings.UseCspSupportPlan, FlowMessages.MenuButton),
        AccessIdAdvice.NoBenefits => WithPlans(FlowMessages.Format(AccessIdStrings.NoBenefits, company), cards),
        AccessIdAdvice.NotActivated { Pending: true } => FlowMessages.Text(
            FlowMessages.Format(AccessIdStrings.NotActivatedPending, company),
            FlowMessages.MenuButton),
        AccessIdAdvice.NotActivated => FlowMessages.Text(
            FlowMessages.Format(AccessIdStrings.NotActivated, company),
            FlowMessages.Button(Strings.MenuActivate, MenuReplies.Activate),
            FlowMessages.MenuButton),
        _ => FlowMessages.Text(AccessIdStrings.Unexplained, FlowMessages.MenuButton),
    };

    private static string Hidden(AccessIdAdvice.ContractHidden hidden)
    {
        var contract = hidden.Contract.Contract;
        return hidden.Reason == ContractStatus.Expired
            ? FlowMessages.Format(AccessIdStrings.HiddenExpired, ContractName(hidden.Contract), FlowMessages.Date(contract.EndsOn))
            : FlowMessages.Format(AccessIdStrings.HiddenUsedUp, ContractName(hidden.Contract), contract.Used, contract.Allowance);
    }

    private static string ContractName(ContractSummary summary)
        => BenefitTerms.Benefit(summary.Contract.Benefit, summary.Contract.PackName);

    private static IMessageActivity WithPlans(string text, CardFactory cards)
        => FlowMessages.Cards(text, [cards.Create(SupportPlansCardBuilder.Build())], FlowMessages.MenuButton);
}
