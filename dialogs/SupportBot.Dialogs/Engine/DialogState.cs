namespace SupportBot.Dialogs.Engine;

/// <summary>The persisted dialog stack; index 0 is the active dialog.</summary>
public class DialogState
{
    public DialogState()
        : this(null)
    {
    }

    public DialogState(List<DialogInstance>? stack)
    {
        DialogStack = stack ?? [];
    }

    /// <summary>The stack of running dialogs, innermost (active) first.</summary>
    public List<DialogInstance> DialogStack { get; set; }
}
