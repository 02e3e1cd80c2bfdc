namespace SupportBot.Benchmarks.Driver;

/// <summary>
/// What a child server writes to stdout and stderr. It logs at Warning and above only, so any line is
/// worth reading: the report shows how many there were and the first of them.
/// </summary>
public sealed class ChildOutput
{
    private const int LinesKept = 40;
    private readonly Lock _lock = new();
    private readonly List<string> _firstLines = [];
    private int _lineCount;

    public int LineCount
    {
        get
        {
            lock (_lock)
            {
                return _lineCount;
            }
        }
    }

    public IReadOnlyList<string> FirstLines
    {
        get
        {
            lock (_lock)
            {
                return [.. _firstLines];
            }
        }
    }

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _lineCount++;
            if (_firstLines.Count < LinesKept)
            {
                _firstLines.Add(line);
            }
        }
    }
}
