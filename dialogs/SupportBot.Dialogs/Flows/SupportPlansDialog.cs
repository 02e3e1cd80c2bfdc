using SupportBot.Cards;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Recognizers;
using SupportBot.Dialogs.Resources;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// "Which paid support plans are there?": Premier Support for Partners, Advanced Support for Partners (cloud
/// only) and the page that compares them. The same for every user, so it needs no account.
/// </summary>
public sealed class SupportPlansDialog : SupportFlowDialog
{
    private readonly CardFactory _cards;

    public SupportPlansDialog(CardFactory cards)
        : base(nameof(SupportPlansDialog))
    {
        _cards = cards;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ShowPlansStepAsync]));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override SupportIntent Intent => SupportIntent.SupportPlans;

    private async Task<DialogTurnResult> ShowPlansStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var card = _cards.Create(SupportPlansCardBuilder.Build());
        var nextSteps = new[] { FlowMessages.Button(Strings.MenuEligibility, MenuReplies.Eligibility), FlowMessages.MenuButton };
        await stepContext.Context.SendActivityAsync(FlowMessages.Cards(SupportPlansStrings.Answer, [card], nextSteps), cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }
}
