using System.Threading.RateLimiting;

namespace EmployerPortal.Web.AccountRequests;

/// <summary>Options of the public forms' rate limit (section <c>PublicForms</c>): per client address, POSTs only.</summary>
public sealed class PublicFormsOptions
{
    public const string SectionName = "PublicForms";

    public int PermitLimit { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

public static class AccountRequestsWebModule
{
    /// <summary>The rate-limit policy of anonymous forms such as "Request an account".</summary>
    public const string PublicFormsPolicy = "public-forms";

    public static IServiceCollection AddAccountRequestsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PublicFormsOptions.SectionName).Get<PublicFormsOptions>() ?? new PublicFormsOptions();
        services.AddRateLimiter(limiter => limiter.AddPolicy(PublicFormsPolicy, context =>
            HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reads")));
        return services;
    }
}
