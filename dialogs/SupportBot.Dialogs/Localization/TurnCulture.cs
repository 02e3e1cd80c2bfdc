using System.Globalization;

namespace SupportBot.Dialogs.Localization;

/// <summary>
/// Makes a culture the language of the rest of the current method and what it calls: resources
/// (UI culture) and formatting of dates and numbers (culture). A culture set inside an awaited method
/// does not flow back to its caller, so the method that needs it calls this itself.
/// </summary>
public static class TurnCulture
{
    public static void Apply(CultureInfo culture)
    {
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }
}
