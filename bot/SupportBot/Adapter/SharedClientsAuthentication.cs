using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;

namespace SupportBot.Adapter;

/// <summary>
/// The configured Bot Framework authentication, with one change: the connector client and the
/// user-token client it hands out are shared per app id, service URL and audience instead of being
/// built for every turn. The SDK's adapter builds both on every turn (even for <c>expectReplies</c>, where
/// neither is used), and building them costs most of the SDK's allocations per turn.
/// </summary>
public sealed class SharedClientsAuthentication : BotFrameworkAuthentication, IDisposable
{
    private readonly BotFrameworkAuthentication _inner;
    private readonly SharedClientCache<IConnectorClient> _connectors = new();
    private readonly SharedClientCache<UserTokenClient> _userTokenClients = new();

    public SharedClientsAuthentication(BotFrameworkAuthentication inner)
    {
        _inner = inner;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = new SharedConnectorFactory(result.ConnectorFactory, AppIdOf(result.ClaimsIdentity), _connectors);
        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
        => _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity)
        => new SharedConnectorFactory(_inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity), _connectors);

    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var shared = await _userTokenClients.GetOrCreateAsync(
            AppIdOf(claimsIdentity),
            () => _inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None));
        return shared is null
            ? await _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)
            : new SharedUserTokenClient(shared);
    }

    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
        => _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public void Dispose()
    {
        _connectors.Dispose();
        _userTokenClients.Dispose();
    }

    // Clients carry the credentials of the bot the caller addressed, so the key names it: audience and app id.
    private static string AppIdOf(ClaimsIdentity? identity) => identity is null
        ? string.Empty
        : string.Join(
            ',',
            identity.Claims
                .Where(claim => claim.Type is AuthenticationConstants.AudienceClaim or AuthenticationConstants.AppIdClaim or AuthenticationConstants.AuthorizedParty)
                .Select(claim => claim.Value));

    private sealed class SharedConnectorFactory(ConnectorFactory inner, string appId, SharedClientCache<IConnectorClient> cache) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var shared = await cache.GetOrCreateAsync(
                $"{appId}\n{serviceUrl}\n{audience}",
                () => inner.CreateAsync(serviceUrl, audience, CancellationToken.None));
            return shared is null
                ? await inner.CreateAsync(serviceUrl, audience, cancellationToken)
                : new SharedConnectorClient(shared);
        }
    }
}
