namespace SupportBot.DirectLine;

/// <summary>
/// Who may use the Direct Line routes, decided once at start-up: with a secret, callers need the secret or a
/// token; in Development with no secret, the support page may also start conversations with nothing; outside
/// Development with no secret, Direct Line is off and every route says so.
/// </summary>
public sealed class DirectLineAccess
{
    private readonly byte[]? _secret;

    public DirectLineAccess(string? secret, bool isDevelopment)
    {
        _secret = string.IsNullOrEmpty(secret) ? null : System.Text.Encoding.UTF8.GetBytes(secret);
        AllowsAnonymousStart = _secret is null && isDevelopment;
        IsDisabled = _secret is null && !isDevelopment;
    }

    /// <summary>Development with no secret: tokens/generate and conversations may be called with no Authorization.</summary>
    public bool AllowsAnonymousStart { get; }

    /// <summary>No secret outside Development: Direct Line answers 503.</summary>
    public bool IsDisabled { get; }

    public bool IsSecret(string presented)
        => _secret is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(presented), _secret);
}
