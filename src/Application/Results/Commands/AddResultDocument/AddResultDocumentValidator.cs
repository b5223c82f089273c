using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.Results;
using FluentValidation;

namespace EmployerPortal.Application.Results.Commands.AddResultDocument;

public sealed class AddResultDocumentValidator : AbstractValidator<AddResultDocumentCommand>
{
    public AddResultDocumentValidator()
    {
        RuleFor(c => c.ExternalDocumentId).NotEmpty().WithMessage("Give the clinic system's document id.").MaximumLength(100).WithMessage("A document id can be at most 100 characters.").PlainText();
        RuleFor(c => c.ResultType).NotEmpty().WithMessage("Give the result type (e.g. FitTestResults).").IsEnumName(typeof(ResultType), caseSensitive: false)
            .WithMessage("ResultType is one of the result types of the API (e.g. FitTestResults).");
        RuleFor(c => c.Title).MaximumLength(200).WithMessage("A title can be at most 200 characters.").PlainText();
        RuleFor(c => c.Outcome).IsEnumName(typeof(ResultOutcome), caseSensitive: false)
            .When(c => !string.IsNullOrWhiteSpace(c.Outcome))
            .WithMessage("Outcome is Pass, Fail or Pending.");
        RuleFor(c => c.DrugAndAlcohol)
            .Must((c, marked) => !marked || !Enum.TryParse<ResultType>(c.ResultType, ignoreCase: true, out var type) || !Enum.IsDefined(type) || ResultTypes.Get(type).IsNonStandard)
            .WithMessage("Only a non-standard result type (OtherPhysicalResults, ProprietaryForm) is marked as drug and alcohol testing; Custody and Control and Alcohol Testing Forms are by their type.");
        RuleFor(c => c.ExpiresOn).Must(d => d!.Value.Year is >= 2000 and <= 2100)
            .When(c => c.ExpiresOn is not null)
            .WithMessage("ExpiresOn is the date the certificate or clearance lapses, as yyyy-MM-dd.");
        RuleFor(c => c.Vaccine)
            .Must(v => VaccineSeries.Find(v) is not null)
            .When(c => c.Vaccine is not null)
            .WithMessage($"Vaccine is the series given: {string.Join(" or ", VaccineSeries.All.Select(s => s.Code))}.");
        RuleFor(c => c.Vaccine)
            .Must((c, _) => string.Equals(c.ResultType?.Trim(), nameof(ResultType.VaccineAdministrationRecord), StringComparison.OrdinalIgnoreCase))
            .When(c => c.Vaccine is not null || c.Dose is not null)
            .WithMessage("Only a VaccineAdministrationRecord names a vaccine and a dose.");
        RuleFor(c => c.Vaccine).NotEmpty().When(c => c.Dose is not null).WithMessage("Give the vaccine the dose is of.");
        RuleFor(c => c.Dose).NotNull().When(c => c.Vaccine is not null).WithMessage("Give which dose of the series this record is, from 1.");
        RuleFor(c => c.Dose)
            .Must((c, dose) => dose >= 1 && (VaccineSeries.Find(c.Vaccine) is not { } series || dose <= series.Doses))
            .When(c => c.Dose is not null)
            .WithMessage(c => VaccineSeries.Find(c.Vaccine) is { } series
                ? $"A {series.Name} series has doses 1 to {series.Doses}."
                : "Dose is which dose of the series this record is, from 1.");
        RuleFor(c => c.Length).GreaterThan(0).WithName("file").WithMessage("The file is empty.");
    }
}
