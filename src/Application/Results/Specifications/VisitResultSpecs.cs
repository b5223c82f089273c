using Ardalis.Specification;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Results.Specifications;

/// <summary>A visit by the clinic system's id, with its documents (ops ingestion).</summary>
public sealed class VisitResultByExternalIdSpec : SingleResultSpecification<VisitResult>
{
    public VisitResultByExternalIdSpec(string externalVisitId) =>
        Query.Where(v => v.ExternalVisitId == externalVisitId.Trim()).Include(v => v.Documents).AsSplitQuery();
}

/// <summary>Visits by id with their documents, oldest first (an injury case's visits); the tenant's filters apply.</summary>
public sealed class VisitResultsByIdsSpec : Specification<VisitResult>
{
    public VisitResultsByIdsSpec(IReadOnlyCollection<Domain.Common.VisitResultId> ids) =>
        Query.Where(v => ids.Contains(v.Id)).Include(v => v.Documents).OrderBy(v => v.ScheduledAt).AsSplitQuery().AsNoTracking();
}
