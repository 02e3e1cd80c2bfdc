namespace SupportBot.Dialogs.Engine;

/// <summary>How a prompt shows its choices (the subset of the SDK's ListStyle that SupportBot uses).</summary>
public enum ListStyle
{
    /// <summary>Only the prompt's text; the choices are not shown.</summary>
    None,

    /// <summary>The default: suggested-action buttons, or an Adaptive Card where those do not work (see AdaptiveCard).</summary>
    Auto,

    /// <summary>Suggested-action buttons under the message.</summary>
    SuggestedAction,

    /// <summary>A hero card holding the prompt's text and one button per choice (for channels without suggested actions).</summary>
    HeroCard,

    /// <summary>An Adaptive Card holding the question and one button per choice; what Teams and shared conversations get.</summary>
    AdaptiveCard,
}
