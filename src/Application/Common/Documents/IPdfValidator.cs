namespace EmployerPortal.Application.Common.Documents;

/// <summary>Tells a real PDF from anything else: the <c>%PDF-</c> signature and a parser that can open it.</summary>
public interface IPdfValidator
{
    /// <summary>Whether the content is a PDF that opens. Reads the stream from its start; leaves it positioned at the start.</summary>
    Task<bool> IsPdfAsync(Stream content, CancellationToken cancellationToken);
}
