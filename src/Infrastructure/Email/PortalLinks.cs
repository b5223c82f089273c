using EmployerPortal.Application.Common.Links;
using EmployerPortal.Infrastructure.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Infrastructure.Email;

/// <summary>Absolute links from <c>Portal:PublicBaseUrl</c>, or the first address the server listens on.</summary>
internal sealed class PortalLinks(IOptions<PortalOptions> options, IServiceProvider services) : IPortalLinks
{
    public Uri To(string path, IReadOnlyDictionary<string, string?>? query = null)
    {
        var relative = query is null ? path : QueryHelpers.AddQueryString(path, query);
        return new Uri(BaseUrl(), relative.TrimStart('/'));
    }

    private Uri BaseUrl()
    {
        var configured = options.Value.PublicBaseUrl
            ?? services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses
                .Select(a => a.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
                    .Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal))
                .Select(a => new Uri(a))
                .FirstOrDefault()
            ?? new Uri("http://localhost");
        var text = configured.ToString();
        return new Uri(text.EndsWith('/') ? text : text + "/");
    }
}
