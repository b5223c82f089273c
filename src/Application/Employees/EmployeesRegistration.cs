using EmployerPortal.Application.Employees.Compliance;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Application.Employees;

public static class EmployeesRegistration
{
    public static IServiceCollection AddEmployees(this IServiceCollection services) => services.AddScoped<ComplianceLedger>();
}
