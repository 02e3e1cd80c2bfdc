namespace SupportBot.Dialogs.Engine;

/// <summary>One entry of the dialog stack: which dialog runs, and the state it keeps between turns.</summary>
/// <remarks>Persisted in ConversationState; everything put in <see cref="State"/> must survive JSON.</remarks>
public class DialogInstance
{
    /// <summary>The id of the dialog this entry runs.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's own state for this run.</summary>
    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>();
}
