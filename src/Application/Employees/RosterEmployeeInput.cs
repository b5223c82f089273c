using System.Globalization;
using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.Employees;
using FluentValidation;

namespace EmployerPortal.Application.Employees;

/// <summary>
/// One employee as a person types it or an HR system exports it: text fields, dates as yyyy-MM-dd or M/d/yyyy,
/// locations and programs as lists separated by ';'. The same checks serve the CSV import and the edit form.
/// </summary>
public sealed record RosterEmployeeInput(
    string? EmployeeId,
    string? FirstName,
    string? LastName,
    string? DateOfBirth,
    string? Email,
    string? Phone,
    string? JobTitle,
    string? Locations,
    string? HireDate,
    string? Status,
    string? Programs)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"DOT driver", "DotDriver", "dot-driver" are one program.</summary>
    public static ComplianceProgram? ParseProgram(string text)
    {
        var key = new string([.. text.Where(char.IsLetter)]).ToUpperInvariant();
        return key switch
        {
            "DOTDRIVER" or "DOT" => ComplianceProgram.DotDriver,
            "RESPIRATORUSER" or "RESPIRATOR" => ComplianceProgram.RespiratorUser,
            "HEARINGCONSERVATION" or "HEARING" => ComplianceProgram.HearingConservation,
            "MEDICALSURVEILLANCE" or "SURVEILLANCE" => ComplianceProgram.MedicalSurveillance,
            "BLOODBORNEPATHOGENS" or "BLOODBORNE" or "BBP" => ComplianceProgram.BloodbornePathogens,
            _ => null,
        };
    }

    public static EmploymentStatus? ParseStatus(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "ACTIVE" or "A" => EmploymentStatus.Active,
        "TERMINATED" or "T" or "INACTIVE" => EmploymentStatus.Terminated,
        _ => null,
    };

    /// <summary>The details, once <see cref="RosterEmployeeInputValidator"/> has passed the input.</summary>
    public RosterEmployeeDetails ToDetails()
    {
        TryParseDate(DateOfBirth, out var born);
        DateOnly? hired = TryParseDate(HireDate, out var hire) ? hire : null;
        return new RosterEmployeeDetails(
            EmployeeId!.Trim(),
            FirstName!.Trim(),
            LastName!.Trim(),
            born,
            Email,
            Phone,
            JobTitle,
            SplitList(Locations),
            hired,
            ParseStatus(Status)!.Value,
            [.. SplitList(Programs).Select(p => ParseProgram(p)!.Value)]);
    }

    public static RosterEmployeeInput From(RosterEmployee employee) => new(
        employee.EmployeeNumber,
        employee.FirstName,
        employee.LastName,
        employee.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        employee.Email,
        employee.Phone,
        employee.JobTitle,
        string.Join("; ", employee.LocationCodes),
        employee.HireDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        employee.Status.ToString(),
        string.Join("; ", employee.Programs));
}

/// <summary>The shape of one employee's fields; the roster's rules (a location, a past date of birth) are the aggregate's.</summary>
public sealed class RosterEmployeeInputValidator : AbstractValidator<RosterEmployeeInput>
{
    public RosterEmployeeInputValidator(IReadOnlyCollection<string> companyLocationCodes)
    {
        RuleFor(e => e.EmployeeId).NotEmpty().WithMessage("Enter the employee id.")
            .MaximumLength(50).WithMessage("An employee id can be at most 50 characters.").Matches("^[A-Za-z0-9][A-Za-z0-9 ._/-]*$").WithMessage("An employee id is letters, digits, spaces and . _ / - (at most 50).");
        RuleFor(e => e.FirstName).NotEmpty().WithMessage("Enter the first name.").MaximumLength(100).WithMessage("A first name can be at most 100 characters.").PlainText();
        RuleFor(e => e.LastName).NotEmpty().WithMessage("Enter the last name.").MaximumLength(100).WithMessage("A last name can be at most 100 characters.").PlainText();
        RuleFor(e => e.DateOfBirth).NotEmpty().WithMessage("Enter the date of birth.")
            .Must(d => RosterEmployeeInput.TryParseDate(d, out var date) && DateRules.IsReasonable(date))
            .WithMessage("Enter the date of birth as yyyy-MM-dd or MM/DD/YYYY, e.g. 1988-06-21.")
            .When(e => !string.IsNullOrWhiteSpace(e.DateOfBirth), ApplyConditionTo.CurrentValidator);
        RuleFor(e => e.Email).EmailAddressStrict().When(e => !string.IsNullOrWhiteSpace(e.Email));
        RuleFor(e => e.Phone).UsPhoneNumber().When(e => !string.IsNullOrWhiteSpace(e.Phone));
        RuleFor(e => e.JobTitle).MaximumLength(100).WithMessage("A job title can be at most 100 characters.").PlainText();
        RuleFor(e => e.Locations).NotEmpty().WithMessage("Enter the code of at least one location, e.g. MAIN.");
        RuleFor(e => e.Locations)
            .Must(l => RosterEmployeeInput.SplitList(l).All(code => companyLocationCodes.Contains(code.ToUpperInvariant())))
            .WithMessage(e => $"The company has no location {string.Join(", ", RosterEmployeeInput.SplitList(e.Locations).Where(c => !companyLocationCodes.Contains(c.ToUpperInvariant())))}; use {string.Join(", ", companyLocationCodes)}.")
            .When(e => !string.IsNullOrWhiteSpace(e.Locations));
        RuleFor(e => e.HireDate)
            .Must(d => RosterEmployeeInput.TryParseDate(d, out var date) && DateRules.IsReasonable(date))
            .WithMessage("Enter the hire date as yyyy-MM-dd or MM/DD/YYYY, or leave it empty.")
            .When(e => !string.IsNullOrWhiteSpace(e.HireDate));
        RuleFor(e => e.Status).Must(s => RosterEmployeeInput.ParseStatus(s) is not null).WithMessage("The status is Active or Terminated.");
        RuleFor(e => e.Programs)
            .Must(p => RosterEmployeeInput.SplitList(p).All(name => RosterEmployeeInput.ParseProgram(name) is not null))
            .WithMessage("Programs are DOT driver, Respirator user, Hearing conservation, Medical surveillance or Bloodborne pathogens, separated by ';'.");
    }
}
