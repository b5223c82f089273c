using Ardalis.Specification;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Results.Specifications;

/// <summary>A visit by the clinic system's id, with its documents (ops ingestion).</summary>
public sealed class VisitResultByExternalIdSpec : SingleResultSpecification<VisitResult>
{
    public VisitResultByExternalIdSpec(string externalVisitId) =>
        Query.Where(v => v.ExternalVisitId == externalVisitId.Trim()).Include(v => v.Documents).AsSplitQuery();
}
