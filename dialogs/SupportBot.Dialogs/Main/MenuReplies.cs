namespace SupportBot.Dialogs.Main;

/// <summary>
/// What the menu card's buttons send as <c>{"reply": ...}</c>. The recognizer knows each of them, so a
/// press routes exactly like typing the word.
/// </summary>
public static class MenuReplies
{
    public const string Eligibility = "eligibility";
    public const string Activate = "activate";
    public const string Support = "support";
    public const string Incidents = "incidents";
    public const string AccessIdError = "accessid";
    public const string Plans = "plans";
    public const string Menu = "menu";

    /// <summary>The contract card's "Show full IDs" button (sent with the contract's key as <c>contractId</c>).</summary>
    public const string ShowIds = "show-ids";

    /// <summary>The contract card's "Log an incident" button (sent with the contract's key as <c>contractId</c>).</summary>
    public const string LogIncident = "log-incident";
}
