using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Infrastructure.Results;

/// <summary>That a user has opened a result document: the per-user unread marker of the results list is its absence.</summary>
internal sealed class ResultRead
{
    public PortalUserId UserId { get; set; }

    public ResultDocumentId DocumentId { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
