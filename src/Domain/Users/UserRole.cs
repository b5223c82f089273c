namespace EmployerPortal.Domain.Users;

public enum UserRole
{
    ViewOnly = 0,
    Admin = 1,
}

public enum UserStatus
{
    Invited = 0,
    Active = 1,
    Disabled = 2,
}
