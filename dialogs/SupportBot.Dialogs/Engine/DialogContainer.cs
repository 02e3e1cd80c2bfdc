namespace SupportBot.Dialogs.Engine;

/// <summary>A dialog that runs its own dialogs on an inner stack (see <see cref="ComponentDialog"/>).</summary>
public abstract class DialogContainer : Dialog
{
    protected DialogContainer(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialogs this container can run.</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>A context over the inner stack of the container that is active in <paramref name="dc"/>.</summary>
    public abstract DialogContext CreateChildContext(DialogContext dc);

    /// <summary>The inner dialog with this id, or null.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);
}
