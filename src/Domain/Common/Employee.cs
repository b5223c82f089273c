namespace EmployerPortal.Domain.Common;

/// <summary>The worker an authorization or a visit is about. Format checks live in the validators at the edge.</summary>
public sealed record Employee(
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string? EmployeeId = null,
    string? Email = null,
    string? Phone = null)
{
    public string FullName => $"{FirstName} {LastName}";
}

public sealed class DateOfBirthMustBeInThePast(DateOnly dateOfBirth, DateOnly today) : IBusinessRule
{
    public string Message => "The date of birth must be in the past.";

    public bool IsBroken() => dateOfBirth >= today;
}
