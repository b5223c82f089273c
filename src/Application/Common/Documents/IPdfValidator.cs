namespace EmployerPortal.Application.Common.Documents;

/// <summary>What a check of an uploaded PDF found.</summary>
public enum PdfVerdict
{
    /// <summary>A PDF the portal stores and serves.</summary>
    Accepted,

    /// <summary>Not a PDF at all (no <c>%PDF-</c> signature, or nothing a PDF reader can open): 415.</summary>
    NotPdf,

    /// <summary>A PDF, but one the portal refuses: active content or a structure past its limits (422, with the reason).</summary>
    Refused,
}

/// <param name="Reason">For <see cref="PdfVerdict.Refused"/>, what to change, in words a clinic integrator can act on.</param>
public sealed record PdfCheck(PdfVerdict Verdict, string? Reason = null)
{
    public static readonly PdfCheck Accepted = new(PdfVerdict.Accepted);

    public static readonly PdfCheck NotPdf = new(PdfVerdict.NotPdf);
}

/// <summary>
/// Tells a PDF the portal can safely store and merge from anything else: the <c>%PDF-</c> signature, a bounded
/// structural check of the raw bytes (nesting, objects, pages, inflated size, time, no page tree that loops, no active
/// content), then a parser that can open it.
/// </summary>
public interface IPdfValidator
{
    /// <summary>Reads the stream from its start; leaves it positioned at the start.</summary>
    Task<PdfCheck> CheckAsync(Stream content, CancellationToken cancellationToken);
}
