using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Employees;
using EmployerPortal.Application.Letters;
using EmployerPortal.Application.Reports;
using EmployerPortal.Application.Common.Security;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Application;

public static class DependencyInjection
{
    /// <summary>Validators of the application layer. The mediator itself is added by the host (its source generator lives there).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<ITenantContext, TenantContext>();
        // The roster's field checks need the company's locations: each handler makes that validator itself.
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly,
            ServiceLifetime.Scoped,
            filter: found => found.ValidatorType != typeof(RosterEmployeeInputValidator),
            includeInternalTypes: true);
        services.AddDomainEventHandlers(typeof(DependencyInjection).Assembly);
        services.AddLetters();
        services.AddReports();
        services.AddEmployees();
        return services;
    }
}
