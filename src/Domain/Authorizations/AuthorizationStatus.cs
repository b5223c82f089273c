namespace EmployerPortal.Domain.Authorizations;

public enum AuthorizationStatus
{
    Active = 0,
    Used = 1,
    Expired = 2,
    Voided = 3,
}
