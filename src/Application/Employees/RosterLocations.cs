using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Employees;

/// <summary>The locations an employee may be put at by this user: the company's, or a location-scoped Admin's own.</summary>
internal static class RosterLocations
{
    public static async Task<IReadOnlyList<string>> CodesTheUserManagesAsync(IRepository<Company> companies, ICurrentUser user, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CompanyByIdSpec(user.RequireCompanyId()), cancellationToken)
            ?? throw new InvalidOperationException("The signed-in user's company is gone.");
        return [.. company.Locations.Select(l => l.Code).Where(code => user.LocationCodes.Count == 0 || user.LocationCodes.Contains(code))];
    }
}

/// <summary>Which field a broken roster rule is about, so its message stands beside that field (or that CSV column).</summary>
public static class RosterRuleFields
{
    public static string? FieldOf(string ruleName) => ruleName switch
    {
        nameof(Domain.Common.DateOfBirthMustBeInThePast) => nameof(RosterEmployeeInput.DateOfBirth),
        nameof(Domain.Employees.EmployeeWorksAtALocation) => nameof(RosterEmployeeInput.Locations),
        nameof(Domain.Employees.HireDateCannotBeBeforeBirth) => nameof(RosterEmployeeInput.HireDate),
        nameof(Domain.Employees.EmployeeIdCannotChange) => nameof(RosterEmployeeInput.EmployeeId),
        _ => null,
    };
}
