namespace EmployerPortal.Application.Common.Links;

/// <summary>Absolute links into the portal, for emails (<c>Portal:PublicBaseUrl</c>).</summary>
public interface IPortalLinks
{
    /// <param name="relativePath">A path of the portal such as "/Reports".</param>
    Uri To(string relativePath);
}
