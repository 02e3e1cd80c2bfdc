namespace SupportBot.Cards.Templating;

/// <summary>Binding failed: an expression could not be evaluated, or the data left values unbound.</summary>
public sealed class TemplateBindingException : Exception
{
    public TemplateBindingException()
    {
    }

    public TemplateBindingException(string message)
        : base(message)
    {
    }

    public TemplateBindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
