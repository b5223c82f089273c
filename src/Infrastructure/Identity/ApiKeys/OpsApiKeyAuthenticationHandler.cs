using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Identity.ApiKeys;

public sealed class OpsApiKeyOptions : AuthenticationSchemeOptions
{
    public const string Scheme = "OpsApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary><c>Ops:DevelopmentApiKey</c>: accepted only in the Development environment.</summary>
    public string? DevelopmentApiKey { get; set; }
}

/// <summary>Authenticates ops tooling by the <c>X-Api-Key</c> header against stored key hashes.</summary>
public sealed class OpsApiKeyAuthenticationHandler(
    IOptionsMonitor<OpsApiKeyOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PortalDbContext db,
    IHostEnvironment environment)
    : AuthenticationHandler<OpsApiKeyOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(OpsApiKeyOptions.HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.ToString().Trim();
        if (environment.IsDevelopment() && Options.DevelopmentApiKey is { Length: > 0 } devKey &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(devKey)))
        {
            return Success("development", OpsScopes.All);
        }

        var hash = OpsApiKey.Hash(presented);
        var key = await db.Set<OpsApiKey>().AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null);
        return key is null ? AuthenticateResult.Fail("Invalid API key.") : Success(key.Name, key.ScopeList);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.ContentType = "application/problem+json";
        await Response.WriteAsync("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.2","title":"Authentication required.","status":401,"detail":"Send a valid API key in the X-Api-Key header."}""");
    }

    private AuthenticateResult Success(string clientName, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(Scheme.Name);
        identity.AddClaim(new Claim(PortalClaimTypes.OpsClient, clientName));
        foreach (var scope in scopes)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.OpsScope, scope));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
