using EmployerPortal.Application.Common.Links;
using EmployerPortal.Infrastructure.Options;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Links;

/// <summary>Links from <c>Portal:PublicBaseUrl</c> (stand-in until the email module's link builder lands).</summary>
internal sealed class PortalLinks(IOptions<PortalOptions> portal) : IPortalLinks
{
    public Uri To(string path, IReadOnlyDictionary<string, string?>? query = null)
    {
        var relative = query is null ? path : QueryHelpers.AddQueryString(path, query);
        var baseUrl = (portal.Value.PublicBaseUrl ?? new Uri("http://localhost")).ToString().TrimEnd('/') + "/";
        return new Uri(new Uri(baseUrl), relative.TrimStart('/'));
    }
}
