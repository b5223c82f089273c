using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Application.Reports;

public static class ReportsRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportBuilder>();
        services.AddScoped<ReportWriter>();
        return services;
    }
}
