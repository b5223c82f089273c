using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Scalar.AspNetCore;

namespace EmployerPortal.Web.Infrastructure.Security;

/// <summary>The <c>RateLimits</c> section: form posts allowed per client address per minute.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public int SignInPerMinute { get; set; } = 10;

    public int PasswordResetPerMinute { get; set; } = 5;

    public int InvitationPerMinute { get; set; } = 20;
}

/// <summary>
/// Rate-limit policies for the sign-in, password reset and invitation pages (applied with <c>[EnableRateLimiting]</c>
/// on their page models) and the security headers of every answer.
/// </summary>
public static class AccountSecurity
{
    public const string SignInPolicy = "sign-in";
    public const string PasswordResetPolicy = "password-reset";
    public const string InvitationPolicy = "invitation";

    public static IServiceCollection AddAccountSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .Validate(l => l.SignInPerMinute > 0 && l.PasswordResetPerMinute > 0 && l.InvitationPerMinute > 0, "Rate limits must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignInPolicy, context => PostsPerClient(context, SignInPolicy, Limits(context).SignInPerMinute));
            options.AddPolicy(PasswordResetPolicy, context => PostsPerClient(context, PasswordResetPolicy, Limits(context).PasswordResetPerMinute));
            options.AddPolicy(InvitationPolicy, context => PostsPerClient(context, InvitationPolicy, Limits(context).InvitationPerMinute));
        });
        return services;
    }

    /// <summary>
    /// Content-Security-Policy without inline script or style, no framing, no sniffing, a strict referrer; HSTS is added by
    /// the pipeline outside Development. A page that carries a per-request nonce (the API reference) may run the scripts and
    /// styles marked with it, and nothing else inline. Ops API and OpenAPI answers are never cached.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var nonce = context.Items[ScalarOptions.NonceHttpContextItemKey] as string;
                var inline = nonce is null ? string.Empty : $" 'nonce-{nonce}'";
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self'{inline}; style-src 'self'{inline}; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
                    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                if (context.Request.Path.StartsWithSegments(EmployerPortal.Web.Api.OpsApi.BasePath) || context.Request.Path.StartsWithSegments("/openapi"))
                {
                    headers.CacheControl = "no-store";
                }

                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;

    /// <summary>Only form posts count, per client address; reading the page is never limited.</summary>
    private static RateLimitPartition<string> PostsPerClient(HttpContext context, string policy, int perMinute) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                $"{policy}:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("reads");
}
