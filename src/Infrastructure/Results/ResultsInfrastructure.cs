using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Results;
using EmployerPortal.Infrastructure.Documents;
using EmployerPortal.Infrastructure.Pdf;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.Results;

public static class ResultsInfrastructure
{
    /// <summary>The document store, PDF checks and merging, the results read model and its search columns.</summary>
    public static IServiceCollection AddResultsInfrastructure(this IServiceCollection services)
    {
        EmbeddedFontResolver.Register();
        services.AddSingleton<IDocumentStore, FileSystemDocumentStore>();
        services.AddSingleton(PdfStructureLimits.Default);
        services.AddSingleton<IPdfValidator, PdfSharpValidator>();
        services.AddScoped<IPdfMerger, PdfSharpMerger>();
        services.AddScoped<IResultReadModel, ResultReadModel>();
        services.AddScoped<ResultReadModel>();
        var interceptor = new ResultSearchColumnsInterceptor();
        services.ConfigureDbContext<SqlitePortalDbContext>(options => options.AddInterceptors(interceptor));
        services.ConfigureDbContext<SqlServerPortalDbContext>(options => options.AddInterceptors(interceptor));
        services.ConfigureDbContext<PostgresPortalDbContext>(options => options.AddInterceptors(interceptor));
        return services;
    }
}
