namespace SupportBot.Dialogs.Engine;

/// <summary>The state of the dialog stack after a turn, as in Microsoft.Bot.Builder.Dialogs.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active on the stack.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next activity.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The stack was cancelled, by the user or by a prompt that ran out of attempts.</summary>
    Cancelled,
}
