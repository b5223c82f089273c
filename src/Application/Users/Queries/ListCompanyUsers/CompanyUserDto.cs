using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users.Queries.ListCompanyUsers;

public sealed record CompanyUserDto(
    Guid Id,
    string FirstName,
    string LastName,
    string Email,
    UserRole Role,
    UserStatus Status,
    DateTimeOffset InvitedAt,
    DateTimeOffset? LastSignInAt,
    bool IsDer)
{
    public bool IsCurrentUser { get; init; }

    /// <summary>Whether the user signs in with an authenticator code as well as the password.</summary>
    public bool TwoFactorEnabled { get; init; }

    /// <summary>The locations the user is limited to; empty for the whole company.</summary>
    public IReadOnlyList<string> LocationCodes { get; init; } = [];

    public string FullName => $"{FirstName} {LastName}";
}
