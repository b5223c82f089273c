using EmployerPortal.Application.Common.Links;
using EmployerPortal.Infrastructure.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Links;

/// <summary>Links from <c>Portal:PublicBaseUrl</c>, else the first URL the server is bound to (DESIGN §7).</summary>
public sealed class PortalLinks(IOptions<PortalOptions> portal, IServer? server = null) : IPortalLinks
{
    public Uri To(string relativePath)
    {
        var baseUrl = portal.Value.PublicBaseUrl
            ?? (server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } bound
                ? new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal))
                : new Uri("http://localhost"));
        return new Uri(baseUrl, relativePath);
    }
}
