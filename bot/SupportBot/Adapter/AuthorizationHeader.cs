using Microsoft.IdentityModel.JsonWebTokens;

namespace SupportBot.Adapter;

/// <summary>
/// The shape check of an Authorization header before the Bot Framework validates it. The SDK throws
/// a non-authorization exception (a 500) on a bearer value that is not a JWT at all; such a request
/// is simply unauthenticated.
/// </summary>
public static class AuthorizationHeader
{
    private static readonly JsonWebTokenHandler TokenHandler = new();

    /// <summary>True when the header is absent, or is "Bearer" followed by a readable JWT.</summary>
    public static bool IsAbsentOrWellFormed(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return true;
        }

        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = header[Scheme.Length..].Trim();
        if (!TokenHandler.CanReadToken(token))
        {
            return false;
        }

        try
        {
            TokenHandler.ReadJsonWebToken(token);
            return true;
        }
        catch (ArgumentException)
        {
            // Three dot-separated segments that are not base64url JSON.
            return false;
        }
    }
}
