using System.ComponentModel.DataAnnotations;

namespace EmployerPortal.Application.Authorizations;

/// <summary>The <c>Authorizations</c> section: who the provider is and what the employee is told, on the PDF and in the email.</summary>
public sealed class AuthorizationsOptions
{
    public const string SectionName = "Authorizations";

    [Required]
    public string ProviderName { get; set; } = "Occupational Health Partners";

    [Required]
    public string ProviderPhone { get; set; } = "(800) 555-0199";

    /// <summary>Where the employee goes, one sentence.</summary>
    [Required]
    public string WhereToGo { get; set; } = "Go to any Occupational Health Partners clinic during walk-in hours, Monday to Friday, 8 am to 5 pm.";
}
