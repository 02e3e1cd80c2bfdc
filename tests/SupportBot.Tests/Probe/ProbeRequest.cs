using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Tests.Probe;

/// <summary>One request of the hostile corpus: what it tries, and the raw HTTP it sends.</summary>
public sealed record ProbeRequest(string Name, HttpMethod Method, string Path, byte[]? Body, string? Authorization = null, string ContentType = "application/json")
{
    public static ProbeRequest Post(string name, string path, string body, string? authorization = null)
        => new(name, HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), authorization);

    public static ProbeRequest Post(string name, string path, JToken body, string? authorization = null)
        => Post(name, path, body.ToString(Formatting.None), authorization);

    public HttpRequestMessage ToHttp()
    {
        var request = new HttpRequestMessage(Method, new Uri(Path, UriKind.Relative));
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        if (Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }

        return request;
    }
}
