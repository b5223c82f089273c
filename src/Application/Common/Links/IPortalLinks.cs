namespace EmployerPortal.Application.Common.Links;

/// <summary>Absolute links to portal pages, for emails (<c>Portal:PublicBaseUrl</c>).</summary>
public interface IPortalLinks
{
    /// <param name="path">An application path such as <c>/Account/AcceptInvitation</c>.</param>
    /// <param name="query">Query-string values, escaped for the caller.</param>
    Uri To(string path, IReadOnlyDictionary<string, string?>? query = null);
}
