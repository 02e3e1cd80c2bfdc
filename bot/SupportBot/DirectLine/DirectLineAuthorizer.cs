namespace SupportBot.DirectLine;

/// <summary>Reads the Authorization header of a Direct Line request as the secret, a token, or nothing.</summary>
public sealed class DirectLineAuthorizer(DirectLineAccess access, DirectLineTokenService tokens)
{
    private const string Scheme = "Bearer ";

    public async Task<DirectLineCaller> IdentifyAsync(HttpRequest request)
    {
        if (access.IsDisabled)
        {
            return DirectLineCaller.Refused(DirectLineErrors.Disabled());
        }

        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return DirectLineCaller.Anonymous;
        }

        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return DirectLineCaller.Refused(DirectLineErrors.BadCredential());
        }

        var credential = header[Scheme.Length..].Trim();
        if (credential.Length == 0)
        {
            return DirectLineCaller.Refused(DirectLineErrors.MissingCredential());
        }

        if (access.IsSecret(credential))
        {
            return DirectLineCaller.SecretHolder;
        }

        var check = await tokens.CheckAsync(credential);
        return check.Status switch
        {
            DirectLineTokenStatus.Valid => DirectLineCaller.TokenHolder(check.Grant!),
            DirectLineTokenStatus.Expired => DirectLineCaller.Refused(DirectLineErrors.TokenExpired()),
            _ => DirectLineCaller.Refused(DirectLineErrors.BadCredential()),
        };
    }
}
