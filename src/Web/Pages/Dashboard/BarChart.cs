namespace EmployerPortal.Web.Pages.Dashboard;

/// <summary>
/// A horizontal bar chart drawn as inline SVG by <c>_BarChart</c>: one labelled bar per row, its value at its end, the
/// same numbers in a table for screen readers. Widths are in the SVG's own units, so the chart scales to any screen.
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 320;
    public const int RowHeight = 40;
    private const int MaxBarWidth = 270;

    public int Height => Math.Max(1, Bars.Count) * RowHeight;

    public int Total => Bars.Sum(b => b.Value);

    /// <summary>The bar's length: proportional to the largest value, at least a sliver when it is not zero.</summary>
    public int BarWidth(Bar bar)
    {
        var max = Bars.Max(b => b.Value);
        return bar.Value == 0 ? 0 : Math.Max(2, bar.Value * MaxBarWidth / max);
    }

    public sealed record Bar(string Label, int Value);
}
