namespace EmployerPortal.Application.Common.Exceptions;

/// <summary>The uploaded content is not of the kind the endpoint accepts (not a PDF, say): 415.</summary>
public sealed class UnsupportedContentException(string message) : Exception(message);

/// <summary>The uploaded content is larger than the endpoint accepts: 413.</summary>
public sealed class ContentTooLargeException(string message) : Exception(message);

/// <summary>
/// The uploaded content is of the right kind but is refused for what it contains (a PDF with JavaScript, say, or one
/// past the structural limits): 422. The message says why.
/// </summary>
public sealed class UnprocessableContentException(string message) : Exception(message);
