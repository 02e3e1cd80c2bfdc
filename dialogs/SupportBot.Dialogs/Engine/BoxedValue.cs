namespace SupportBot.Dialogs.Engine;

/// <summary>Holds a value in a property typed <typeparamref name="T"/>, so JSON reads it back as a <typeparamref name="T"/>.</summary>
internal sealed class BoxedValue<T> : IBoxedValue
{
    public T? Value { get; set; }

    object? IBoxedValue.Content => Value;
}
