using Newtonsoft.Json.Linq;
using SupportBot.Benefits.DataImport;

namespace SupportBot.Tests.Support;

/// <summary>
/// The sample partners' Access IDs and Contract IDs, read from the shipped sample data, and the short forms a masked
/// card shows (the last four characters), to check that an answer carries none of them.
/// </summary>
public static class SampleSecrets
{
    private static readonly Lazy<IReadOnlyList<(string PartnerId, string Secret)>> Secrets = new(Read);

    /// <summary>Every full Access ID and Contract ID of every sample partner.</summary>
    public static IEnumerable<string> All => Secrets.Value.Select(entry => entry.Secret);

    /// <summary>The last four characters of every ID, as a masked card shows them.</summary>
    public static IEnumerable<string> MaskedTails => All.Select(secret => secret[^4..]);

    private static List<(string PartnerId, string Secret)> Read()
    {
        var data = JObject.Parse(SampleData.ReadJson());
        return [.. data["partners"]!
            .SelectMany(partner => partner["contracts"]?.Select(contract => (Partner: partner.Value<string>("id")!, Contract: contract)) ?? [])
            .SelectMany(pair => new[] { pair.Contract.Value<string>("accessId"), pair.Contract.Value<string>("contractId") }
                .Where(secret => !string.IsNullOrEmpty(secret))
                .Select(secret => (pair.Partner, secret!)))];
    }
}
