namespace EmployerPortal.Domain.Companies;

public enum CompanyStatus
{
    Active = 0,
    Suspended = 1,
}
