using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Application.Companies.Locations;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using FluentValidation;

namespace EmployerPortal.Application.Authorizations.Commands.CreateAuthorization;

public sealed class CreateAuthorizationValidator : AbstractValidator<CreateAuthorizationCommand>
{
    /// <summary>Where a service's detail error goes: beside that service's detail input ("ServiceDetails[DRUG-NONDOT]").</summary>
    public const string ServiceDetailsField = "ServiceDetails";

    private const int OldestAgeYears = 120;

    /// <summary>A clock on the wall a few minutes ahead of the server's is not an injury in the future.</summary>
    private static readonly TimeSpan InjuryClockSlack = TimeSpan.FromMinutes(5);

    /// <param name="companyClock">"Today" is the chosen location's local date: in Dallas at 7 PM on Dec 1 it is still Dec 1.</param>
    public CreateAuthorizationValidator(
        ICompanyClock companyClock,
        IRepository<ServiceCatalogEntry> catalog,
        IRepository<Company> companies,
        ICurrentUser currentUser)
    {
        Company? company = null; // read once per validation scope (validators are scoped to the request)
        async Task<IReadOnlyList<CompanyLocation>> OfferedAsync(CancellationToken cancellationToken)
        {
            company ??= await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken);
            return company is null ? [] : UserLocations.SeenBy(company, currentUser);
        }

        async Task<LocalTime> LocalAsync(CreateAuthorizationCommand command, CancellationToken cancellationToken) =>
            AuthorizationLocations.Resolve(command.LocationCode, await OfferedAsync(cancellationToken)) is { } location
                ? (await companyClock.ForLocationsAsync(currentUser.RequireCompanyId(), cancellationToken))[location.Code]
                : await companyClock.ForTenantAsync(cancellationToken);

        async Task<DateOnly> TodayAsync(CreateAuthorizationCommand command, CancellationToken cancellationToken) =>
            (await LocalAsync(command, cancellationToken)).Today;

        RuleFor(c => c.LocationCode).CustomAsync(async (code, context, cancellationToken) =>
        {
            var offered = await OfferedAsync(cancellationToken);
            if (AuthorizationLocations.Resolve(code, offered) is null)
            {
                context.AddFailure(
                    nameof(CreateAuthorizationCommand.LocationCode),
                    string.IsNullOrWhiteSpace(code) ? "Choose the location the employee is authorized for." : "Choose one of the locations listed.");
            }
        });

        RuleFor(c => c.FirstName).NotEmpty().WithMessage("Enter the employee's first name.").MaximumLength(100).WithMessage("A first name can be at most 100 characters.").PlainText();
        RuleFor(c => c.LastName).NotEmpty().WithMessage("Enter the employee's last name.").MaximumLength(100).WithMessage("A last name can be at most 100 characters.").PlainText();
        RuleFor(c => c.DateOfBirth)
            .NotNull().WithMessage("Enter the employee's date of birth.")
            .MustAsync(async (c, d, ct) => d < await TodayAsync(c, ct)).WithMessage("The date of birth must be in the past.")
            .MustAsync(async (c, d, ct) => d > (await TodayAsync(c, ct)).AddYears(-OldestAgeYears)).WithMessage("Check the date of birth: that is more than 120 years ago.");
        RuleFor(c => c.EmployeeId).MaximumLength(50).WithMessage("An employee ID can be at most 50 characters.").PlainText();
        RuleFor(c => c.Email).EmailAddressStrict().When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Phone).UsPhoneNumber().When(c => !string.IsNullOrWhiteSpace(c.Phone));
        RuleFor(c => c.Reason).NotNull().WithMessage("Choose whether this is for an injury.").IsInEnum().WithMessage("Choose whether this is for an injury.");
        When(c => c.Reason == AuthorizationReason.Injury, () =>
        {
            RuleFor(c => c.DateOfInjury)
                .NotNull().WithMessage("Enter the date of injury.")
                .MustAsync(async (c, d, ct) => d <= await TodayAsync(c, ct)).WithMessage("The date of injury cannot be in the future.");
            RuleFor(c => c.TimeOfInjury)
                .MustAsync(async (c, time, ct) => await LocalAsync(c, ct) is var local
                    && (c.DateOfInjury != local.Today || time!.Value.ToTimeSpan() <= local.Now.TimeOfDay + InjuryClockSlack))
                .When(c => c.TimeOfInjury is not null && c.DateOfInjury is not null)
                .WithMessage("The time of injury cannot be later than now.");
            RuleFor(c => c.BodyPart)
                .MaximumLength(InjuryDetails.MaxBodyPartLength).WithMessage($"The body part can be at most {InjuryDetails.MaxBodyPartLength} characters.")
                .PlainText();
            RuleFor(c => c.ClaimNumber)
                .MaximumLength(InjuryDetails.MaxClaimNumberLength).WithMessage($"A claim number can be at most {InjuryDetails.MaxClaimNumberLength} characters.")
                .Matches("^[A-Za-z0-9 ./#-]*$").WithMessage("A claim number has letters, digits, spaces and . / # - only.")
                .When(c => !string.IsNullOrWhiteSpace(c.ClaimNumber));
            RuleFor(c => c.InjuryDescription).NotEmpty().WithMessage("Describe the injury in a few words.").MaximumLength(1000).WithMessage("Describe the injury in at most 1,000 characters.").FreeText();
        });
        RuleFor(c => c.Services).NotEmpty().WithMessage("Authorize at least one service.").When(c => string.IsNullOrWhiteSpace(c.PackageCode));
        RuleFor(c => c.PackageCode).MaximumLength(20).WithMessage("Choose one of your company's packages, or none.");
        RuleFor(c => c.Services)
            .Must(s => s!.Select(x => x.Code).Distinct(StringComparer.Ordinal).Count() == s!.Count)
            .When(c => c.Services is { Count: > 0 })
            .WithMessage("Each service can be authorized once.");
        RuleForEach(c => c.Services).ChildRules(service =>
        {
            service.RuleFor(s => s.Code).NotEmpty().WithMessage("Choose a service.").MaximumLength(50).WithMessage("A service code can be at most 50 characters.");
            service.RuleFor(s => s.Detail).MaximumLength(200).WithMessage("A service's details can be at most 200 characters.").FreeText();
        });
        RuleFor(c => c.Services).CustomAsync(async (services, context, cancellationToken) =>
        {
            // Every service's detail is checked in one pass, each message beside its own service, with the other fields' errors.
            if (services is not { Count: > 0 })
            {
                return;
            }

            var offered = (await catalog.ListAsync(new ActiveCatalogServicesSpec(), cancellationToken)).ToDictionary(s => s.Code, StringComparer.Ordinal);
            foreach (var selection in services.Where(s => !string.IsNullOrWhiteSpace(s.Code)))
            {
                var code = selection.Code!.Trim();
                if (!offered.TryGetValue(code, out var entry))
                {
                    context.AddFailure(nameof(CreateAuthorizationCommand.Services), $"'{code}' is not a service that can be authorized.");
                }
                else if (!entry.AcceptsDetail(selection.Detail))
                {
                    // A service without a detail input has its message under the services.
                    context.AddFailure(
                        entry.RequiresDetail ? $"{ServiceDetailsField}[{code}]" : nameof(CreateAuthorizationCommand.Services),
                        entry.RequiresDetail ? $"Choose the {entry.DetailLabel!.ToLowerInvariant()} for {entry.Name}." : $"{entry.Name} takes no detail.");
                }
            }
        });
        RuleFor(c => c.DotTestReason).IsInEnum().WithMessage("Choose one of the DOT test reasons listed.");
        RuleFor(c => c.SpecialInstructions).MaximumLength(2000).WithMessage("Instructions can be at most 2,000 characters.").FreeText();
        RuleFor(c => c.ValidUntil)
            .MustAsync(async (c, d, ct) => await TodayAsync(c, ct) is var today && d >= today && d <= today.AddDays(Authorization.MaxValidityDays))
            .When(c => c.ValidUntil is not null)
            .WithMessage($"Valid until must be between today and {Authorization.MaxValidityDays} days from today.");
    }
}
