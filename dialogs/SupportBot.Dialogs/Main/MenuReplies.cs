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
}
