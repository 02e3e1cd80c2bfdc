namespace SupportBot.Benefits.Model;

/// <summary>
/// An Access ID or Contract ID. Anyone holding both can use the benefit, so the value
/// only leaves through <see cref="Reveal"/>; ToString (and so every record printing it) shows the mask.
/// </summary>
public sealed class SupportSecret : IEquatable<SupportSecret>
{
    private readonly string _value;

    public SupportSecret(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    public string Masked => SecretMask.Mask(_value);

    public string Reveal() => _value;

    public override string ToString() => Masked;

    public bool Equals(SupportSecret? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SupportSecret);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
