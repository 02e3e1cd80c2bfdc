using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportBot.DirectLine;

/// <summary>
/// The optional body of tokens/generate and of starting a conversation: <c>{user:{id,name}, locale}</c>
/// (botframework-directlinejs sends <c>{user:{id}, locale}</c>).
/// </summary>
public sealed record DirectLineTokenParameters(
    [property: JsonPropertyName("user")] DirectLineUser? User,
    [property: JsonPropertyName("locale")] string? Locale)
{
    private const int MaxBytes = 16 * 1024;
    private const int MaxIdLength = 256;

    /// <summary>The parameters, none for an empty body, or the problem with the body.</summary>
    public static async Task<(DirectLineTokenParameters? Parameters, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, $"The body is larger than {MaxBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return (null, $"The body is larger than {MaxBytes} bytes.");
            }
        }

        if (buffer.Length == 0)
        {
            return (null, null);
        }

        DirectLineTokenParameters? parameters;
        try
        {
            parameters = JsonSerializer.Deserialize<DirectLineTokenParameters>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (JsonException)
        {
            return (null, "The body is not JSON token parameters ({\"user\":{\"id\":\"...\"}}).");
        }

        var userId = parameters?.User?.Id;
        if (userId is not null && (string.IsNullOrWhiteSpace(userId) || userId.Length > MaxIdLength))
        {
            return (null, $"'user.id' must be 1 to {MaxIdLength} characters.");
        }

        return (parameters, null);
    }
}

/// <summary>The user a token is for.</summary>
public sealed record DirectLineUser(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name);
