namespace SupportBot.Storage;

/// <summary>A write carried an ETag that no longer matches the stored item: someone else wrote it first.</summary>
public sealed class ETagConflictException : Exception
{
    public ETagConflictException(string key)
        : base($"ETag conflict: the item '{key}' was changed by another writer.")
    {
        Key = key;
    }

    public ETagConflictException()
        : this(string.Empty)
    {
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
    }

    public string Key { get; }
}
