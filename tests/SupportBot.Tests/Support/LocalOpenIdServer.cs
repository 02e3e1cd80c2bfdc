using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace SupportBot.Tests.Support;

/// <summary>
/// A Bot Connector look-alike on https://127.0.0.1: an OpenID metadata document and its signing keys, so
/// the SDK's real token validation runs offline. The SDK fetches metadata only over HTTPS with a
/// certificate the process trusts, so the server's self-signed certificate is put in the current user's
/// root store for the server's lifetime and removed afterwards.
/// </summary>
public sealed class LocalOpenIdServer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.test";
    private static readonly string[] SigningAlgorithms = ["RS256"];

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;

    private LocalOpenIdServer(WebApplication app, X509Certificate2 certificate, RsaSecurityKey signingKey, string metadataUrl)
    {
        _app = app;
        _certificate = certificate;
        SigningKey = signingKey;
        MetadataUrl = metadataUrl;
    }

    public RsaSecurityKey SigningKey { get; }

    public string MetadataUrl { get; }

    public static async Task<LocalOpenIdServer> StartAsync(params string[] endorsedChannels)
    {
        var certificate = CreateCertificate();
        Trust(certificate);

        var signingKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(signingKey);
        app.MapGet("/.well-known/openidconfiguration", (HttpContext http) => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = $"https://{http.Request.Host}/keys",
            id_token_signing_alg_values_supported = SigningAlgorithms,
        }));
        app.MapGet("/keys", () => Results.Json(new
        {
            keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E, endorsements = endorsedChannels } },
        }));
        await app.StartAsync();
        var address = app.Urls.Single();
        return new LocalOpenIdServer(app, certificate, signingKey, $"{address}/.well-known/openidconfiguration");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Remove(_certificate);
        _certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private static void Trust(X509Certificate2 certificate)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        store.Add(publicOnly);
    }
}
