using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>A collection of dialogs, found by id; the root set reads its stack from a state property.</summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>A root set whose stack lives in <paramref name="dialogState"/> (a ConversationState property).</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>A set whose stack is kept by its owner, as a <see cref="ComponentDialog"/> does.</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog; adding the same instance twice is harmless, two dialogs with one id are not.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (!ReferenceEquals(existing, dialog))
            {
                throw new ArgumentException($"A different dialog with the id '{dialog.Id}' is already in the set.", nameof(dialog));
            }

            return this;
        }

        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    /// <summary>The dialog with this id in this set (not its parents), or null.</summary>
    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    /// <summary>Loads the stack for this turn and returns a context to run dialogs on it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a state property accessor.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state);
    }
}
