namespace EmployerPortal.Application.Common.Documents;

/// <summary>
/// A merge could not be made: one stored document cannot be merged safely (it fails the structural check or does not
/// open), or the documents together pass the merge's page limit. The message is for the employer user who asked.
/// </summary>
public sealed class DocumentMergeFailedException(string message) : Exception(message);
