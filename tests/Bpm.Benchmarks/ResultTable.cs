namespace Bpm.Benchmarks;

/// <summary>Collects rows and prints them as a Markdown table (so the output can be pasted into docs/benchmarks.md).</summary>
public sealed class ResultTable
{
    private static readonly string[] Header = ["Provider", "Metric", "Value", "Target", "Met", "÷ pgbench tps", "÷ bpmn-engine", "Check"];
    private readonly List<ResultRow> _rows = [];

    public IReadOnlyList<ResultRow> Rows => _rows;

    public void Add(ResultRow row) => _rows.Add(row);

    public void Print(TextWriter writer)
    {
        var cells = _rows.Select(r => new[]
        {
            r.Provider, r.Metric, r.Value, r.Target, r.Met switch { true => "yes", false => "NO", null => "" }, r.VsPgbench, r.VsPeer, r.Check,
        }).ToList();
        var widths = Header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        writer.WriteLine(Line(Header, widths));
        writer.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in cells) writer.WriteLine(Line(row, widths));
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
}
