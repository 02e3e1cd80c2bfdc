namespace SupportBot.Cards.Tests.Templating;

/// <summary>A template, its data and what binding must produce; also replayed against the official engine.</summary>
public sealed record BindingCase(string Name, string Template, string Data, string Expected)
{
    public override string ToString() => Name;
}
