namespace EmployerPortal.Application.Common.Printing;

/// <summary>
/// A printable document as content only: what it says, in order. The renderer decides the layout,
/// so letters and reports read the same whatever draws them.
/// </summary>
public sealed record PrintDocument(string Title, IReadOnlyList<PrintBlock> Blocks);

public abstract record PrintBlock;

public sealed record PrintHeading(string Text) : PrintBlock;

public sealed record PrintParagraph(string Text) : PrintBlock;

/// <summary>Label–value pairs, one per line (an address block, the facts of a visit).</summary>
public sealed record PrintFields(IReadOnlyList<KeyValuePair<string, string>> Fields) : PrintBlock;

/// <summary>A table with a header row; long tables continue on further pages.</summary>
public sealed record PrintTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : PrintBlock;

/// <summary>Draws a <see cref="PrintDocument"/> as a PDF.</summary>
public interface IPdfRenderer
{
    byte[] Render(PrintDocument document);
}
