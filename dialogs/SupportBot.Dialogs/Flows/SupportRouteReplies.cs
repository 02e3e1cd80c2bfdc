using Microsoft.Bot.Builder;
using SupportBot.Benefits.Model;
using SupportBot.Benefits.Routing;
using SupportBot.Cards;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// What the user reads about one support route: where and how to open the incident when it is available,
/// else why not and the way forward (activation, the CSP path, the paid plans).
/// </summary>
public sealed class SupportRouteReplies
{
    private readonly CardFactory _cards;
    private readonly AdminNames _adminNames;

    public SupportRouteReplies(CardFactory cards, AdminNames adminNames)
    {
        _cards = cards;
        _adminNames = adminNames;
    }

    public async Task SendAsync(ITurnContext context, SupportRoutingFacts facts, ScopeRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(route);
        var account = facts.Account;
        var scopeName = ContractFormat.ScopeName(route.Scope);
        var contract = route.Contract?.Contract;
        switch (route.Availability)
        {
            case RouteAvailability.Available when route.Contract is { } summary:
                await SendWhereToOpenAsync(context, account, route, summary.LinkOf(account.SignInName) is not null, cancellationToken);
                break;
            case RouteAvailability.NotMpnAssociated:
                await context.SendActivityAsync(SupportStrings.NotMpn, cancellationToken: cancellationToken);
                break;
            case RouteAvailability.NoActiveMembership:
                await context.SendActivityAsync(FlowMessages.WithPlansCard(_cards, SupportStrings.NoMembership), cancellationToken);
                break;
            case RouteAvailability.NotEntitled:
                var notEntitled = route.Scope == SupportScope.Cloud
                    ? SupportStrings.NotEntitledCloud
                    : ContractFormat.Sentence(SupportStrings.NotEntitled, scopeName);
                await context.SendActivityAsync(FlowMessages.WithPlansCard(_cards, notEntitled), cancellationToken);
                break;
            case RouteAvailability.NotActivated:
                await SendNotActivatedAsync(context, account, cancellationToken);
                break;
            case RouteAvailability.ActivationPending:
                await context.SendActivityAsync(SupportStrings.ActivationPending, cancellationToken: cancellationToken);
                break;
            case RouteAvailability.NotStarted when contract is not null:
                await SendTextAsync(context, SupportStrings.NotStarted, cancellationToken, scopeName, ContractFormat.Date(contract.StartsOn));
                break;
            case RouteAvailability.Expired when contract is not null:
                var expired = ContractFormat.Sentence(SupportStrings.Expired, scopeName, ContractFormat.Date(contract.EndsOn));
                await context.SendActivityAsync(FlowMessages.WithPlansCard(_cards, expired), cancellationToken);
                break;
            case RouteAvailability.UsedUp when contract is not null:
                var usedUp = ContractFormat.Sentence(SupportStrings.UsedUp, ContractFormat.BenefitName(contract), ContractFormat.Number(contract.Allowance ?? 0));
                await context.SendActivityAsync(FlowMessages.WithPlansCard(_cards, usedUp), cancellationToken);
                break;
            default:
                var admins = await _adminNames.ForPartnerAsync(account.PartnerId, cancellationToken);
                await SendTextAsync(context, SupportStrings.NoContract, cancellationToken, scopeName, admins);
                break;
        }

        await SendCspPathAsync(context, facts, cancellationToken);
    }

    private async Task SendWhereToOpenAsync(ITurnContext context, Account account, ScopeRoute route, bool linked, CancellationToken cancellationToken)
    {
        var where = route.Scope == SupportScope.OnPremises
            ? FlowMessages.WithLinks(SupportStrings.OpenOnPremises, SupportStrings.LinksTitle, (SupportStrings.LinkSupportForBusiness, route.Portal))
            : FlowMessages.WithLinks(
                linked ? SupportStrings.OpenCloudLinked : SupportStrings.OpenCloud,
                SupportStrings.LinksTitle,
                (SupportStrings.LinkAzure, route.Portal));
        await context.SendActivityAsync(where, cancellationToken);

        var ids = linked ? SupportStrings.IdsLinked
            : account.CanActivate ? SupportStrings.IdsNeededAdmin
            : ContractFormat.Format(SupportStrings.IdsNeededUser, await _adminNames.ForPartnerAsync(account.PartnerId, cancellationToken));
        await context.SendActivityAsync(ids, cancellationToken: cancellationToken);
    }

    private async Task SendNotActivatedAsync(ITurnContext context, Account account, CancellationToken cancellationToken)
    {
        if (account.CanActivate)
        {
            var activate = FlowMessages.Button(Strings.MenuActivate, MenuReplies.Activate);
            await context.SendActivityAsync(FlowMessages.Text(SupportStrings.NotActivated, activate), cancellationToken);
            return;
        }

        var admins = await _adminNames.ForPartnerAsync(account.PartnerId, cancellationToken);
        var text = $"{SupportStrings.NotActivated} {ContractFormat.Format(SupportStrings.NotActivatedAskAdmin, admins)}";
        await context.SendActivityAsync(text, cancellationToken: cancellationToken);
    }

    private static async Task SendCspPathAsync(ITurnContext context, SupportRoutingFacts facts, CancellationToken cancellationToken)
    {
        if (facts.CanUseAdminAgentPath)
        {
            var links = FlowMessages.WithLinks(
                SupportStrings.CspAdminAgent,
                SupportStrings.LinksTitle,
                (SupportStrings.LinkPartnerCenter, SupportLinks.PartnerCenterCustomers),
                (SupportStrings.LinkAzure, SupportLinks.AzureHelpAndSupport));
            await context.SendActivityAsync(links, cancellationToken);
        }
        else if (facts.CanUseCspSupportPlan)
        {
            await context.SendActivityAsync(SupportStrings.CspPlan, cancellationToken: cancellationToken);
        }
    }

    private static async Task SendTextAsync(ITurnContext context, string template, CancellationToken cancellationToken, params object[] arguments)
        => await context.SendActivityAsync(ContractFormat.Sentence(template, arguments), cancellationToken: cancellationToken);
}
