using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.InjuryCases;
using FluentValidation;

namespace EmployerPortal.Application.InjuryCases;

/// <summary>
/// The <c>injuryCase</c> of a visit registration (DESIGN §7): the case is opened on its first mention and every
/// visit that names it joins it.
/// </summary>
public sealed record InjuryCaseInput(
    string? ExternalCaseId,
    DateOnly? InjuryDate,
    TimeOnly? InjuryTime = null,
    string? BodyPart = null,
    string? ClaimNumber = null,
    string? Carrier = null,
    string? Description = null)
{
    public InjuryDetails ToDetails() => new(InjuryDate!.Value, InjuryTime, BodyPart, ClaimNumber, Carrier, Description);
}

public sealed class InjuryCaseInputValidator : AbstractValidator<InjuryCaseInput>
{
    public InjuryCaseInputValidator()
    {
        RuleFor(c => c.ExternalCaseId).NotEmpty().WithMessage("Enter the case id of the clinic system.").MaximumLength(100).WithMessage("A case id can be at most 100 characters.").PlainText();
        RuleFor(c => c.InjuryDate).NotNull().WithMessage("Enter the date of injury.");
        RuleFor(c => c.BodyPart).MaximumLength(100).WithMessage("The body part can be at most 100 characters.").PlainText();
        RuleFor(c => c.ClaimNumber).MaximumLength(50).WithMessage("A claim number can be at most 50 characters.").PlainText();
        RuleFor(c => c.Carrier).MaximumLength(100).WithMessage("The carrier can be at most 100 characters.").PlainText();
        RuleFor(c => c.Description).MaximumLength(500).WithMessage("The description can be at most 500 characters.").FreeText();
    }
}

/// <summary>Work statuses in words, as pages, the report and the OSHA export say them.</summary>
public static class WorkStatusNames
{
    public static string Of(WorkStatus status) => status switch
    {
        WorkStatus.FullDuty => "Full duty",
        WorkStatus.ModifiedDuty => "Modified duty",
        WorkStatus.OffWork => "Off work",
        _ => status.ToString(),
    };

    public static string Of(InjuryCaseStatus status) => status == InjuryCaseStatus.Open ? "Open" : "Closed";
}
