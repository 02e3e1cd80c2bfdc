using System.Text.Json.Nodes;

namespace SupportBot.Benchmarks.DirectLineMemory;

/// <summary>
/// Drives conversations through the bot's own Direct Line endpoint as the support page does (Development, no
/// secret): a token for the user, the conversation started, then questions posted one after another, each answered
/// (text and contract card) before the next.
/// </summary>
public sealed class DirectLineLoad(HttpClient http)
{
    private const string Base = "v3/directline";
    private const string User = "gold.admin@fabrikam.example";
    private const string Question = "how many incidents do I have left?";

    /// <summary>Runs <paramref name="conversations"/> conversations of <paramref name="posts"/> questions, <paramref name="concurrency"/> at a time.</summary>
    public async Task RunAsync(int conversations, int posts, int concurrency, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(concurrency);
        var runs = Enumerable.Range(0, conversations).Select(async _ =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                await ConverseAsync(posts, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(runs);
    }

    private async Task ConverseAsync(int posts, CancellationToken cancellationToken)
    {
        var generated = await PostAsync($"{Base}/tokens/generate", null, new { user = new { id = User } }, cancellationToken);
        var token = generated["token"]!.GetValue<string>();
        var started = await PostAsync($"{Base}/conversations", token, null, cancellationToken);
        var conversationId = started["conversationId"]!.GetValue<string>();
        for (var post = 0; post < posts; post++)
        {
            await PostAsync(
                $"{Base}/conversations/{conversationId}/activities",
                token,
                new { type = "message", text = Question, locale = "en-US", from = new { id = User } },
                cancellationToken);
        }
    }

    private async Task<JsonNode> PostAsync(string path, string? token, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken) ?? throw new InvalidOperationException($"{path} answered no JSON.");
    }
}
