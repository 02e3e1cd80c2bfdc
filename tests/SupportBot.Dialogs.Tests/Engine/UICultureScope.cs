using System.Globalization;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>Sets the current UI culture for a unit test and restores it afterwards.</summary>
internal sealed class UICultureScope : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UICultureScope(string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
    }

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
