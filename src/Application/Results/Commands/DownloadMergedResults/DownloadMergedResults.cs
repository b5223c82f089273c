using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using Mediator;

namespace EmployerPortal.Application.Results.Commands.DownloadMergedResults;

/// <summary>
/// An employer user downloads several result documents as one PDF, in the order given, with a bookmark per document.
/// If any id is not the company's, the whole request is refused (404) — nothing is merged. A merge is bounded by the
/// count of documents (validator), their stored bytes (here, before any is read) and the pages (the merger).
/// </summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record DownloadMergedResultsCommand(IReadOnlyList<Guid> DocumentIds) : ICommand<MergedResults>;

/// <summary>The merged PDF, positioned at its start; the caller disposes it.</summary>
public sealed record MergedResults(Stream Content, string FileName, int DocumentCount);

public sealed class DownloadMergedResultsHandler(
    IResultReadModel results,
    IPdfMerger merger,
    IAuditTrail audit,
    ICurrentUser currentUser,
    ICompanyClock companyClock,
    TimeProvider clock) : ICommandHandler<DownloadMergedResultsCommand, MergedResults>
{
    public async ValueTask<MergedResults> Handle(DownloadMergedResultsCommand command, CancellationToken cancellationToken)
    {
        var ids = command.DocumentIds.Distinct().ToList();
        var found = (await results.FindDocumentsAsync(ids, cancellationToken))
            .ToDictionary(d => d.DocumentId);
        if (found.Count != ids.Count)
        {
            throw new NotFoundException("One or more of the selected result documents");
        }

        var ordered = ids.Select(id => found[id]).ToList();
        var bytes = ordered.Sum(d => d.SizeBytes);
        if (bytes > ResultLimits.MaxMergeBytes)
        {
            throw ValidationFailedException.ForField(
                nameof(command.DocumentIds),
                $"The selected documents come to {bytes / (1024 * 1024):N0} MB; one merged PDF can be made of at most {ResultLimits.MaxMergeBytes / (1024 * 1024)} MB. Select fewer and download them in parts.");
        }

        var merged = await merger.MergeAsync([.. ordered.Select(d => new PdfMergeItem(d.Bookmark, d.StorageKey, d.Sha256))], cancellationToken);
        foreach (var document in ordered)
        {
            audit.Record(AuditActions.ResultDownloaded, "ResultDocument", document.DocumentId.ToString(), "merged");
        }

        var now = clock.GetUtcNow();
        await results.MarkReadAsync(currentUser.RequireUserId(), ids, now, cancellationToken);
        return new MergedResults(merged, ResultFileNames.Merged((await companyClock.ForTenantAsync(cancellationToken)).ToLocal(now), ordered.Count), ordered.Count);
    }
}
