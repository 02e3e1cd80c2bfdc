using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Recognizers;

namespace SupportBot.Dialogs.Main;

/// <summary>
/// A flow of the main menu. The main dialog starts the flow whose <see cref="Intent"/> the user asked
/// for, by card or by free text; interruptions (help, cancel, menu, language) are handled above it.
/// </summary>
public abstract class SupportFlowDialog : ComponentDialog
{
    protected SupportFlowDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The intent that starts this flow.</summary>
    public abstract SupportIntent Intent { get; }
}
