namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>
/// The bounds of the structural check every PDF passes before PDFsharp parses it (upload and merge). Each is far above
/// what a clinic's result document needs (a few pages, a few hundred objects, a few MB) and far below what hurts the
/// process.
/// </summary>
public sealed record PdfStructureLimits
{
    public static readonly PdfStructureLimits Default = new();

    /// <summary>Arrays and dictionaries nested deeper than this are refused (PDFsharp's parser recurses on nesting).</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>Indirect objects (including those inside object streams).</summary>
    public int MaxObjects { get; init; } = 50_000;

    /// <summary>Pages of one document.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>All Flate streams of one document inflated together; inflation stops at this bound.</summary>
    public long MaxInflatedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How long one document may take to check.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(10);
}
