using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Tests.DirectLine;

/// <summary>Calls the bot's Direct Line routes the way botframework-directlinejs does, and reads the answers as JSON.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public const string Base = "/v3/directline";

    public HttpClient Http { get; } = http;

    public Task<DirectLineAnswer> GenerateTokenAsync(string? credential, string? userId = null)
        => SendAsync(HttpMethod.Post, $"{Base}/tokens/generate", credential, userId is null ? null : new { user = new { id = userId } });

    public Task<DirectLineAnswer> RefreshAsync(string? credential)
        => SendAsync(HttpMethod.Post, $"{Base}/tokens/refresh", credential, null);

    public Task<DirectLineAnswer> StartAsync(string? credential, object? body = null)
        => SendAsync(HttpMethod.Post, $"{Base}/conversations", credential, body);

    public Task<DirectLineAnswer> ReconnectAsync(string conversationId, string? credential)
        => SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversationId}", credential, null);

    public Task<DirectLineAnswer> PostActivityAsync(string conversationId, string? credential, object activity)
        => SendAsync(HttpMethod.Post, $"{Base}/conversations/{conversationId}/activities", credential, activity);

    public Task<DirectLineAnswer> PostTextAsync(string conversationId, string? credential, string text, string fromId = "someone")
        => PostActivityAsync(conversationId, credential, new
        {
            type = "message",
            text,
            locale = "en-US",
            channelId = "webchat",
            from = new { id = fromId, name = "Someone", role = "user" },
            channelData = new { clientActivityID = Guid.NewGuid().ToString("N") },
        });

    public Task<DirectLineAnswer> GetActivitiesAsync(string conversationId, string? credential, string? watermark = null)
        => SendAsync(
            HttpMethod.Get,
            $"{Base}/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : $"?watermark={watermark}"),
            credential,
            null);

    /// <summary>Generates a token for the user and starts its conversation; the token and conversation id.</summary>
    public async Task<(string Token, string ConversationId)> StartAsUserAsync(string? secret, string userId)
    {
        var generated = await GenerateTokenAsync(secret, userId);
        Assert.Equal(HttpStatusCode.OK, generated.Status);
        var token = generated.Json["token"]!.ToString();
        var started = await StartAsync(token);
        Assert.Equal(HttpStatusCode.Created, started.Status);
        return (token, started.Json["conversationId"]!.ToString());
    }

    public async Task<DirectLineAnswer> SendAsync(HttpMethod method, string path, string? credential, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        request.Headers.TryAddWithoutValidation("x-ms-bot-agent", "DirectLine/3.0 (SupportBot.Tests)");
        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length > 0 && text.TrimStart().StartsWith('{') ? JObject.Parse(text) : new JObject();
        return new DirectLineAnswer(response.StatusCode, text, json);
    }
}

/// <summary>One Direct Line answer: status, raw body and the body as JSON.</summary>
public sealed record DirectLineAnswer(HttpStatusCode Status, string Body, JObject Json)
{
    public IReadOnlyList<JObject> Activities => Json["activities"] is JArray array ? array.OfType<JObject>().ToList() : [];

    public string? Watermark => Json["watermark"]?.ToString();

    public string? ErrorCode => Json["error"]?["code"]?.ToString();

    /// <summary>The bot's texts and card texts, in order.</summary>
    public string BotText => string.Join(
        "\n",
        Activities.Where(activity => activity["from"]?["role"]?.ToString() == "bot").SelectMany(Texts));

    public static IEnumerable<string> Texts(JObject activity)
    {
        if (activity["text"]?.ToString() is { Length: > 0 } text)
        {
            yield return text;
        }

        foreach (var property in (activity["attachments"] as JArray ?? []).Descendants().OfType<JProperty>())
        {
            if (property.Name is "text" or "title" or "value" && property.Value.Type == JTokenType.String)
            {
                yield return property.Value.ToString();
            }
        }
    }
}
