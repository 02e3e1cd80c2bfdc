using System.Globalization;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>Speaks a language for the length of a test, as the host does for a turn (texts and formatting).</summary>
internal sealed class UICultureScope : IDisposable
{
    private readonly CultureInfo _previousUICulture = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _previousCulture = CultureInfo.CurrentCulture;

    public UICultureScope(string culture)
    {
        TurnCulture.Apply(CultureInfo.GetCultureInfo(culture));
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _previousUICulture;
        CultureInfo.CurrentCulture = _previousCulture;
    }
}
