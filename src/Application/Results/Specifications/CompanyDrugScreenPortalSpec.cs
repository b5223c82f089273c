using Ardalis.Specification;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Results.Specifications;

/// <summary>The drug-screen results portal link ops configured for the tenant's company (the one the filter lets through), if any.</summary>
public sealed class CompanyDrugScreenPortalSpec : SingleResultSpecification<Company, Uri?>
{
    public CompanyDrugScreenPortalSpec() => Query.Select(c => c.DrugScreenPortalUrl);
}
