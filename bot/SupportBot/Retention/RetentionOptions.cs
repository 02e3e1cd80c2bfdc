using System.ComponentModel.DataAnnotations;

namespace SupportBot.Retention;

/// <summary>
/// The <c>SupportBot:Retention</c> section: how long stored state is kept after it was last used. The incident
/// ledger and the benefits data are records, not state, and are never swept.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "SupportBot:Retention";

    /// <summary>Conversation state (the dialog in progress) is deleted this many days after the conversation's last turn.</summary>
    [Range(1, 3650)]
    public int ConversationDays { get; set; } = 30;

    /// <summary>User preferences (the chosen language) are deleted this many days after the user's last turn.</summary>
    [Range(1, 3650)]
    public int UserDays { get; set; } = 365;

    /// <summary>Handled activity ids, kept to recognise redeliveries, are forgotten after this many days.</summary>
    [Range(1, 365)]
    public int HandledActivityDays { get; set; } = 7;

    /// <summary>Minutes between sweeps; the first runs at start-up.</summary>
    [Range(1, 24 * 60)]
    public int SweepIntervalMinutes { get; set; } = 60;
}
