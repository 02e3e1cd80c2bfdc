using System.Globalization;

namespace SupportBot.Benchmarks.CommandLine;

/// <summary>Reads <c>--name value</c> pairs and refuses anything it was not asked about.</summary>
public sealed class OptionReader
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public OptionReader(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var index = 0; index < args.Count; index += 2)
        {
            var name = args[index];
            if (!name.StartsWith("--", StringComparison.Ordinal) || index + 1 >= args.Count)
            {
                throw new OptionException($"Expected '--name value' pairs, got '{name}'.");
            }

            _values[name] = args[index + 1];
        }
    }

    public string? Text(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public string RequiredText(string name)
        => Text(name) ?? throw new OptionException($"The option {name} is required.");

    public int? Number(string name, int minimum)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new OptionException($"The option {name} needs a whole number of at least {minimum}, got '{text}'.");
        }

        return value;
    }

    /// <summary>Call after reading every option: an option nobody read is a typo, not something to ignore.</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(name => !_read.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new OptionException($"Unknown option(s): {string.Join(", ", unknown)}.");
        }
    }
}
