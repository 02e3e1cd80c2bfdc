using System.Security.Cryptography;
using System.Text;

namespace SupportBot.DirectLine;

/// <summary>
/// The HMAC key that signs Direct Line tokens. It is derived from the secret, so every instance sharing the
/// secret accepts the others' tokens and the secret itself never signs anything; with no secret (Development
/// only) it is random per process, so tokens die with the process.
/// </summary>
public sealed class DirectLineSigningKey
{
    private static readonly byte[] Info = Encoding.UTF8.GetBytes("SupportBot.DirectLine.TokenSigning.v1");

    private DirectLineSigningKey(byte[] key) => Key = key;

    public byte[] Key { get; }

    public static DirectLineSigningKey Create(string? secret) => string.IsNullOrEmpty(secret)
        ? new DirectLineSigningKey(RandomNumberGenerator.GetBytes(32))
        : new DirectLineSigningKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, salt: [], info: Info));
}
