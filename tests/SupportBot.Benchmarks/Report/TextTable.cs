namespace SupportBot.Benchmarks.Report;

/// <summary>A plain aligned text table: the first column left-aligned, the figures right-aligned.</summary>
public sealed class TextTable(params string[] headers)
{
    private const string ColumnGap = "  ";
    private readonly List<string[]> _rows = [];

    public void AddRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = headers.Select((header, column) => _rows.Select(row => row[column].Length).Prepend(header.Length).Max()).ToArray();
        WriteLine(writer, headers, widths);
        WriteLine(writer, [.. widths.Select(width => new string('-', width))], widths);
        foreach (var row in _rows)
        {
            WriteLine(writer, row, widths);
        }
    }

    private static void WriteLine(TextWriter writer, string[] cells, int[] widths)
    {
        var aligned = cells.Select((cell, column) => column == 0 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]));
        writer.WriteLine(string.Join(ColumnGap, aligned).TrimEnd());
    }
}
