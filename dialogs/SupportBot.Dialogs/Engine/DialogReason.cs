namespace SupportBot.Dialogs.Engine;

/// <summary>Why a dialog is being resumed or ended, as in Microsoft.Bot.Builder.Dialogs.</summary>
public enum DialogReason
{
    /// <summary>A dialog was started with BeginDialogAsync.</summary>
    BeginCalled,

    /// <summary>A dialog is continued with ContinueDialogAsync.</summary>
    ContinueCalled,

    /// <summary>A dialog ended with EndDialogAsync.</summary>
    EndCalled,

    /// <summary>A dialog is being replaced with ReplaceDialogAsync.</summary>
    ReplaceCalled,

    /// <summary>A dialog was cancelled with CancelAllDialogsAsync.</summary>
    CancelCalled,

    /// <summary>A waterfall step called NextAsync.</summary>
    NextCalled,
}
