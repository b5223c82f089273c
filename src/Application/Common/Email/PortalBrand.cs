namespace EmployerPortal.Application.Common.Email;

/// <summary>
/// The provider whose portal this is, as every email names it (<c>Authorizations:ProviderName</c>, the name the
/// authorization PDF prints): "Occupational Health Partners Employer Portal".
/// </summary>
public sealed record PortalBrand(string ProviderName)
{
    public string PortalName => $"{ProviderName} Employer Portal";
}
