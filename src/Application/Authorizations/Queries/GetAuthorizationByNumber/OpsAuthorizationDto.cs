using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Authorizations.Queries.GetAuthorizationByNumber;

/// <summary>What the front desk verifies at check-in. <see cref="Status"/> is as of now.</summary>
public sealed record OpsAuthorizationDto(
    string Number,
    AuthorizationStatus Status,
    string CompanyAccountNumber,
    string CompanyName,
    OpsEmployeeDto Employee,
    AuthorizationReason Reason,
    InjuryDetails? Injury,
    IReadOnlyList<AuthorizedService> Services,
    string? CompanyInstructions,
    string? SpecialInstructions,
    DateOnly ValidUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UsedAt,
    string? UsedByVisitId,
    DateTimeOffset? VoidedAt)
{
    /// <summary>Why the DOT drug test is done (<c>PostAccident</c>…), when one is authorized; null otherwise.</summary>
    public DotTestReason? DotTestReason { get; init; }


    public static OpsAuthorizationDto From(Authorization a, Company company, DateTimeOffset now) => new(
        a.Number.Display,
        a.StatusAt(now),
        company.AccountNumber.Value,
        company.Name,
        new OpsEmployeeDto(a.Employee.FirstName, a.Employee.LastName, a.Employee.DateOfBirth, a.Employee.EmployeeId),
        a.Reason,
        a.Injury,
        a.Services.ToList(),
        company.SpecialInstructions,
        a.SpecialInstructions,
        a.ValidUntil,
        a.CreatedAt,
        a.UsedAt,
        a.UsedByVisitId,
        a.VoidedAt)
    {
        DotTestReason = a.DotTestReason,
    };
}

public sealed record OpsEmployeeDto(string FirstName, string LastName, DateOnly DateOfBirth, string? EmployeeId);
