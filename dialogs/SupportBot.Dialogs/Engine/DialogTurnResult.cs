namespace SupportBot.Dialogs.Engine;

/// <summary>What a dialog turn left behind: the stack's status and, when a dialog ended, its result.</summary>
public class DialogTurnResult
{
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    /// <summary>The state of the dialog stack after the turn.</summary>
    public DialogTurnStatus Status { get; }

    /// <summary>The result of the dialog that ended, when <see cref="Status"/> is Complete or Cancelled.</summary>
    public object? Result { get; }
}
