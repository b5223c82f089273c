using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Domain.Results;
using FluentValidation;

namespace EmployerPortal.Application.Companies.Commands.ChangeCompanySettings;

public sealed class ChangeCompanySettingsValidator : AbstractValidator<ChangeCompanySettingsCommand>
{
    public ChangeCompanySettingsValidator()
    {
        RuleFor(c => c.Status).NotNull().WithMessage("Give the status: Active or Suspended.").IsInEnum().WithMessage("The status is Active or Suspended.");
        RuleFor(c => c.DrugScreenPortalUrl)
            .MaximumLength(500).WithMessage("The drug-screen portal address can be at most 500 characters.")
            .Must(BeAnHttpsUrl).WithMessage("Give an absolute https:// address.")
            .When(c => !string.IsNullOrWhiteSpace(c.DrugScreenPortalUrl));
        RuleFor(c => c.TimeZone)
            .Must(CompanyTimeZone.IsKnown).WithMessage("Give an IANA time zone, e.g. America/Chicago.")
            .When(c => !string.IsNullOrWhiteSpace(c.TimeZone));
        RuleFor(c => c.SurveillanceIntervalMonths)
            .InclusiveBetween(CompliancePolicy.MinimumMonths, CompliancePolicy.MaximumMonths)
            .WithMessage($"Give the surveillance interval in months, from {CompliancePolicy.MinimumMonths} to {CompliancePolicy.MaximumMonths}.");
        RuleForEach(c => c.NonStandardResultTypes)
            .IsInEnum().WithMessage("Choose result types of the API's list.")
            .Must(t => !Enum.IsDefined(t) || ResultTypes.Get(t).IsNonStandard)
            .WithMessage((_, t) => $"{t} is a standard result type; only non-standard types are enabled per company.");
    }

    private static bool BeAnHttpsUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
