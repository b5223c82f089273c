namespace EmployerPortal.Application.Results;

/// <summary>The bounds that keep the results module fast and its answers small.</summary>
public static class ResultLimits
{
    /// <summary>The largest result document ops may upload: 20 MB.</summary>
    public const long MaxDocumentBytes = 20L * 1024 * 1024;

    /// <summary>The most documents one merged PDF may hold.</summary>
    public const int MaxMergeDocuments = 200;

    /// <summary>The most stored bytes one merged PDF may be made from (200 MB): the merge holds its pages in memory.</summary>
    public const long MaxMergeBytes = 200L * 1024 * 1024;

    /// <summary>The most pages one merged PDF may hold.</summary>
    public const int MaxMergePages = 10_000;

    public const int DefaultPageSize = 25;

    public const int MaxPageSize = 100;

    /// <summary>How far a search pages (and counts): beyond it the user narrows the search.</summary>
    public const int MaxSearchRows = 10_000;

    /// <summary>The most visits the status page lists at once.</summary>
    public const int MaxStatusBoardVisits = 200;
}
