namespace EmployerPortal.Application.Common.Exceptions;

/// <summary>The uploaded content is not of the kind the endpoint accepts (not a PDF, say): 415.</summary>
public sealed class UnsupportedContentException(string message) : Exception(message);

/// <summary>The uploaded content is larger than the endpoint accepts: 413.</summary>
public sealed class ContentTooLargeException(string message) : Exception(message);
