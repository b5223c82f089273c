using EmployerPortal.Application.Common.Behaviours;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Infrastructure.Options;
using EmployerPortal.Infrastructure.Persistence;
using EmployerPortal.Web.AccountRequests;
using EmployerPortal.Web.Api;
using EmployerPortal.Web.Infrastructure;
using EmployerPortal.Web.Infrastructure.Security;
using EmployerPortal.Web.Infrastructure.Telemetry;
using EmployerPortal.Web.Jobs;
using EmployerPortal.Web.Pages.Account;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
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
                cookie.ExpireTimeSpan = portal.Value.SessionLifetime;
                cookie.SlidingExpiration = false;
                cookie.Cookie.Name = "portal.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<UserSessionValidator>().ValidateAsync(context);
                cookie.Events.OnRedirectToLogin = SessionAwareSignInRedirect;
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
        services.AddPortalTelemetry(configuration);
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
        app.MapSessionStatus();
        app.MapOpsApi();
        app.MapJobsDashboard();
        app.MapPortalMetrics();
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

    /// <summary>
    /// A page refreshing itself is answered 401, not a sign-in page it cannot show. A request whose session has just ended
    /// goes to sign-in with a notice (<see cref="SignInModel.SessionNotice"/>); a form post comes back to its page, not replayed.
    /// </summary>
    private static Task SessionAwareSignInRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments("/api") || UserSessionValidator.IsBackgroundRefresh(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        if (!context.HttpContext.RequestServices.GetRequiredService<CurrentSession>().HasEnded)
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        var formPost = HttpMethods.IsPost(context.Request.Method);
        var returnUrl = context.Request.PathBase + context.Request.Path + (formPost ? QueryWithoutHandler(context.Request.Query) : context.Request.QueryString);
        context.Response.Redirect(QueryHelpers.AddQueryString(context.Request.PathBase + context.Options.LoginPath, new Dictionary<string, string?>
        {
            [context.Options.ReturnUrlParameter] = returnUrl,
            [SignInModel.SessionNoticeParameter] = formPost ? SignInModel.SessionEndedBeforePost : SignInModel.SessionEnded,
        }));
        return Task.CompletedTask;
    }

    /// <summary>A form's handler is for its POST; the page it came from is the GET without it.</summary>
    private static QueryString QueryWithoutHandler(IQueryCollection query) =>
        QueryString.Create(query.Where(p => !string.Equals(p.Key, "handler", StringComparison.OrdinalIgnoreCase)));

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
