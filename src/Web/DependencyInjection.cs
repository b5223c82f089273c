using EmployerPortal.Application.Common.Behaviours;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Web.AccountRequests;
using EmployerPortal.Web.Api;
using EmployerPortal.Web.Infrastructure;
using EmployerPortal.Web.Infrastructure.Security;
using EmployerPortal.Web.Jobs;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Web;

public static class DependencyInjection
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(GetCompanyAccountQuery)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(AuthorizationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(UnitOfWorkBehaviour<,>),
            ];
        });

        services.AddHttpContextAccessor();
        services.AddScoped<ActorContext>();
        services.AddScoped<ICurrentUser>(sp =>
            sp.GetRequiredService<ActorContext>().Override ?? new HttpCurrentUser(sp.GetRequiredService<IHttpContextAccessor>()));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<PortalOptions>>((cookie, portal) =>
            {
                cookie.LoginPath = "/Account/SignIn";
                cookie.LogoutPath = "/Account/SignOut";
                cookie.AccessDeniedPath = "/Account/AccessDenied";
                cookie.ExpireTimeSpan = portal.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.Cookie.Name = "portal.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.Events.OnRedirectToLogin = ApiAwareRedirect(StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = ApiAwareRedirect(StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization();
        services.AddOpsApi(configuration);
        services.AddAccountRequestsWeb(configuration);
        services.AddRateLimiter(options => options.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddAccountSecurity(configuration);

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToPage("/Error");
        }).AddMvcOptions(options =>
        {
            options.Filters.AddService<PageLocalTimeFilter>();
            options.Filters.Add<FormFailurePageFilter>();
        });
        services.AddScoped<PageLocalTime>();
        services.AddScoped<PageLocalTimeFilter>();
        services.AddAntiforgery(options => options.Cookie.Name = "portal.antiforgery");

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>(tags: ["ready"]);
        return services;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = ProblemDetailsExceptionHandler.StatusCodeFor,
            SuppressDiagnosticsCallback = context => !ProblemDetailsExceptionHandler.IsServerError(context.Exception),
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseApiStatusCodeProblems();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTwoFactorRequirement();
        app.UseRateLimiter();
        app.UseOpsApi();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapRazorPages();
        app.MapOpsApi();
        app.MapJobsDashboard();
        return app;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        var portal = scope.ServiceProvider.GetRequiredService<IOptions<PortalOptions>>().Value;
        if (portal.SeedDemoData && app.Environment.IsDevelopment())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>())
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }
    }

    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions>, Task> ApiAwareRedirect(int statusCode) =>
        context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = statusCode;
                return Task.CompletedTask;
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
}
