using Microsoft.Bot.Schema;
using SupportBot.Benefits.Activation;
using SupportBot.Benefits.Model;
using SupportBot.Cards;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>What the activation flow says for each <see cref="ActivationResult"/>.</summary>
internal static class ActivationReplies
{
    public static IMessageActivity For(ActivationResult result, Account account, string company, CardFactory cards) => result switch
    {
        ActivationResult.Requested requested => FlowMessages.Cards(
            FlowMessages.Format(ActivationStrings.Requested, company),
            [cards.Create(Card(requested.Request, company))],
            FlowMessages.MenuButton),
        ActivationResult.AlreadyPending pending => FlowMessages.Cards(
            FlowMessages.Format(ActivationStrings.AlreadyPending, company),
            [cards.Create(Card(pending.Request, company))],
            FlowMessages.MenuButton),
        ActivationResult.AlreadyActive active => FlowMessages.Cards(
            FlowMessages.Format(ActivationStrings.AlreadyActive, company),
            [.. active.Contracts.Select(contract => cards.Create(ContractCardBuilder.Build(contract, account, reveal: false)))],
            FlowMessages.Button(Strings.MenuSupport, MenuReplies.Support),
            FlowMessages.MenuButton),
        ActivationResult.Refused refused => Refusal(refused, company),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "Unknown activation result."),
    };

    private static IMessageActivity Refusal(ActivationResult.Refused refused, string company) => refused.Reason switch
    {
        ActivationRefusal.RoleNotAllowed => FlowMessages.Text(
            FlowMessages.Format(ActivationStrings.RefusedRole, company, BenefitTerms.People(refused.Activators)),
            FlowMessages.Button(Strings.MenuEligibility, MenuReplies.Eligibility),
            FlowMessages.MenuButton),
        ActivationRefusal.NotMpnAssociated => FlowMessages.Text(
            ActivationStrings.RefusedNotMpn,
            FlowMessages.Button(Strings.MenuEligibility, MenuReplies.Eligibility),
            FlowMessages.MenuButton),
        _ => FlowMessages.Text(
            FlowMessages.Format(ActivationStrings.RefusedNoMembership, company),
            FlowMessages.Button(Strings.MenuPlans, MenuReplies.Plans),
            FlowMessages.MenuButton),
    };

    private static ActivationCardData Card(ActivationRequest request, string company) => new(
        FlowMessages.Format(ActivationStrings.CardTitle, company),
        new LabeledValue(ActivationStrings.RequestedByLabel, request.RequestedBy),
        new LabeledValue(ActivationStrings.RequestedAtLabel, FlowMessages.Date(request.RequestedAt)),
        new LabeledValue(
            ActivationStrings.StatusLabel,
            request.Status == ActivationRequestStatus.Pending ? ActivationStrings.StatusPending : ActivationStrings.StatusCompleted),
        ActivationStrings.WhatHappensNextHeading,
        ActivationStrings.WhatHappensNext,
        new SubmitButton(Strings.MenuButton, MenuReplies.Menu));
}
