using System.Globalization;
using System.Text.Json;

namespace SupportBot.Benefits.DataImport;

/// <summary>Reads fields of a JSON object and records a problem, instead of throwing, for each one that is wrong.</summary>
internal sealed class JsonFields(List<DataProblem> problems, DateTimeOffset now)
{
    private readonly Dictionary<(UniqueKey Kind, string Key), string> _firstUse = new(UniqueKeyComparer.Instance);

    /// <summary>Every identifier the file introduces, with where; checked against the database before writing.</summary>
    public IEnumerable<(UniqueKey Kind, string Key, string Path)> Identifiers =>
        _firstUse.Select(entry => (entry.Key.Kind, entry.Key.Key, entry.Value));

    public void Problem(string path, string message) => problems.Add(new DataProblem(path, message));

    /// <summary>Records an identifier; a second use anywhere in the file is a problem.</summary>
    public void Unique(UniqueKey kind, string? key, string path)
    {
        if (key is null)
        {
            return;
        }

        if (!_firstUse.TryAdd((kind, key), path))
        {
            Problem(path, $"repeats the {UniqueKeys.Describe(kind)} first used at {_firstUse[(kind, key)]}");
        }
    }

    public bool IsObject(JsonElement element, string path, params string[] knownProperties)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"must be an object, found {Describe(element)}");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!knownProperties.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem($"{path}.{property.Name}", $"unknown property; expected one of: {string.Join(", ", knownProperties)}");
            }
        }

        return true;
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement parent, string name, string path, bool required)
    {
        var itemPath = $"{path}.{name}";
        if (!Find(parent, name, itemPath, required, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(itemPath, $"must be an array, found {Describe(value)}");
            return [];
        }

        return value.EnumerateArray().Select((item, index) => (item, $"{itemPath}[{index}]")).ToList();
    }

    public string? String(JsonElement parent, string name, string path, bool required, int minLength = 1)
    {
        var fieldPath = $"{path}.{name}";
        if (!Find(parent, name, fieldPath, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(fieldPath, $"must be a string, found {Describe(value)}");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length < minLength)
        {
            Problem(fieldPath, minLength == 1 ? "must not be empty" : $"must have at least {minLength} characters");
            return null;
        }

        return text;
    }

    public TEnum? Enum<TEnum>(JsonElement parent, string name, string path, bool required)
        where TEnum : struct, Enum
    {
        var text = String(parent, name, path, required);
        return text is null ? null : ParseEnum<TEnum>(text, $"{path}.{name}");
    }

    public TEnum? ParseEnum<TEnum>(string text, string path)
        where TEnum : struct, Enum
    {
        if (System.Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal))
        {
            return System.Enum.Parse<TEnum>(text);
        }

        Problem(path, $"'{text}' is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}");
        return null;
    }

    public int? Integer(JsonElement parent, string name, string path, bool required, int minimum)
    {
        var fieldPath = $"{path}.{name}";
        if (!Find(parent, name, fieldPath, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Problem(fieldPath, $"must be a whole number, found {Describe(value)}");
            return null;
        }

        if (number < minimum)
        {
            Problem(fieldPath, $"must be at least {minimum.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return number;
    }

    public bool? Boolean(JsonElement parent, string name, string path, bool required)
    {
        var fieldPath = $"{path}.{name}";
        if (!Find(parent, name, fieldPath, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem(fieldPath, $"must be true or false, found {Describe(value)}");
            return null;
        }

        return value.GetBoolean();
    }

    public Guid? Guid(JsonElement parent, string name, string path, bool required)
    {
        var text = String(parent, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (System.Guid.TryParse(text, out var guid))
        {
            return guid;
        }

        Problem($"{path}.{name}", "must be a GUID such as 00000000-0000-0000-0000-000000000000");
        return null;
    }

    public DateOnly? Date(JsonElement parent, string name, string path, bool required)
    {
        var text = String(parent, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (RelativeTime.TryParseDate(text, now, out var day))
        {
            return day;
        }

        Problem($"{path}.{name}", $"'{text}' is not a date: use yyyy-MM-dd or today, today-30d, today+6m (units d, w, m, y)");
        return null;
    }

    public DateTimeOffset? Instant(JsonElement parent, string name, string path, bool required)
    {
        var text = String(parent, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (RelativeTime.TryParseInstant(text, now, out var instant))
        {
            return instant;
        }

        Problem($"{path}.{name}", $"'{text}' is not a time: use 2024-05-01T10:00:00Z or now, now-3h, now-20d (units h, d, w, m, y)");
        return null;
    }

    public static bool TryGet(JsonElement parent, string name, out JsonElement value)
    {
        value = default;
        return parent.ValueKind == JsonValueKind.Object
            && parent.TryGetProperty(name, out value)
            && value.ValueKind != JsonValueKind.Null;
    }

    private bool Find(JsonElement parent, string name, string path, bool required, out JsonElement value)
    {
        if (TryGet(parent, name, out value))
        {
            return true;
        }

        if (required)
        {
            Problem(path, "is required");
        }

        return false;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
