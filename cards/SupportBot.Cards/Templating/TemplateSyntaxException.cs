namespace SupportBot.Cards.Templating;

/// <summary>A template holds a binding expression outside the subset of the templating language this binder supports.</summary>
public sealed class TemplateSyntaxException : Exception
{
    public TemplateSyntaxException()
    {
    }

    public TemplateSyntaxException(string message)
        : base(message)
    {
    }

    public TemplateSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
