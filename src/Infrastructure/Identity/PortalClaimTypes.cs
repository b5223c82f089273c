namespace EmployerPortal.Infrastructure.Identity;

/// <summary>Claims the portal puts in the sign-in cookie and the ops API principal.</summary>
public static class PortalClaimTypes
{
    public const string CompanyId = "portal:company";
    public const string Role = "portal:role";
    public const string FullName = "portal:name";
    public const string SessionId = "portal:session";

    /// <summary>Present ("true") on a DER's sign-in.</summary>
    public const string Der = "portal:der";

    /// <summary>One per location a location-scoped user is limited to; none for a company-wide user.</summary>
    public const string Location = "portal:location";

    public const string OpsClient = "portal:ops-client";
    public const string OpsScope = "portal:ops-scope";
}
