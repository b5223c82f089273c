using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using Mediator;

namespace EmployerPortal.Application.Results.Commands.OpenResultDocument;

/// <summary>
/// An employer user opens (views inline or downloads) one of the company's result documents. A command, because it
/// changes state: the view or download goes to the audit trail and the document is marked read for the user.
/// </summary>
[RequiresPermission(Permission.ViewResults)]
public sealed record OpenResultDocumentCommand(Guid DocumentId, bool Download) : ICommand<ResultDocumentContent>;

/// <summary>The document's bytes (hash-checked) and the file name the employer sees; the caller disposes the stream.</summary>
public sealed record ResultDocumentContent(Stream Content, string FileName, long SizeBytes);

public sealed class OpenResultDocumentHandler(
    IResultReadModel results,
    IDocumentStore documents,
    IAuditTrail audit,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<OpenResultDocumentCommand, ResultDocumentContent>
{
    public async ValueTask<ResultDocumentContent> Handle(OpenResultDocumentCommand command, CancellationToken cancellationToken)
    {
        var found = await results.FindDocumentsAsync([command.DocumentId], cancellationToken);
        var document = found.Count == 1 ? found[0] : throw new NotFoundException("Result document");
        var content = await documents.OpenReadAsync(document.StorageKey, document.Sha256, cancellationToken);
        audit.Record(command.Download ? AuditActions.ResultDownloaded : AuditActions.ResultViewed, "ResultDocument", document.DocumentId.ToString());
        await results.MarkReadAsync(currentUser.RequireUserId(), [document.DocumentId], clock.GetUtcNow(), cancellationToken);
        return new ResultDocumentContent(content, ResultFileNames.For(document), document.SizeBytes);
    }
}
