using Ardalis.Specification;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Results.Specifications;

/// <summary>The drug-screen results portal link ops configured for the company, if any.</summary>
public sealed class CompanyDrugScreenPortalSpec : SingleResultSpecification<Company, Uri?>
{
    public CompanyDrugScreenPortalSpec(CompanyId companyId) =>
        Query.Where(c => c.Id == companyId).Select(c => c.DrugScreenPortalUrl);
}
