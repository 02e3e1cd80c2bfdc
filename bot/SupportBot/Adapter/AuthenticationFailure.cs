using Microsoft.IdentityModel.Tokens;

namespace SupportBot.Adapter;

/// <summary>Sorts what the Bot Framework's request authentication throws into the answers a caller should get.</summary>
public static class AuthenticationFailure
{
    /// <summary>
    /// The caller is not authenticated: the SDK turns most bad tokens into UnauthorizedAccessException but lets
    /// a bad signature through as a SecurityTokenException.
    /// </summary>
    public static bool IsUnauthenticated(Exception exception)
        => exception is UnauthorizedAccessException or SecurityTokenException;

    /// <summary>
    /// The token could not be checked at all because the OpenID metadata or its signing keys could not be fetched
    /// (IDX20803, "Unable to obtain configuration", with the HTTP failure inside): the service, not the caller, is
    /// at fault for now, so 503 with Retry-After rather than 401 or 500.
    /// </summary>
    public static bool IsMetadataUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException
                || (current is InvalidOperationException && current.Message.Contains("IDX20803", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first line of a message, without the inner exception's stack trace IdentityModel appends to it.</summary>
    public static string FirstLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
