using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Domain.Companies;
using FluentValidation;

namespace EmployerPortal.Application.Common.Addresses;

/// <summary>A US postal address as a form or the ops API sends it: a company's, a location's, a clinic's.</summary>
public sealed record AddressInput(string? Line1, string? Line2, string? City, string? State, string? PostalCode)
{
    /// <summary>The address, once <see cref="AddressInputValidator"/> has passed the input: trimmed, the state upper-case.</summary>
    public PostalAddress ToAddress() => new(
        Line1!.Trim(),
        string.IsNullOrWhiteSpace(Line2) ? null : Line2.Trim(),
        City!.Trim(),
        State!.Trim().ToUpperInvariant(),
        PostalCode!.Trim());
}

public sealed class AddressInputValidator : AbstractValidator<AddressInput>
{
    public AddressInputValidator()
    {
        RuleFor(a => a.Line1).NotEmpty().WithMessage("Enter the street address.").MaximumLength(200).WithMessage("The street address can be at most 200 characters.").PlainText();
        RuleFor(a => a.Line2).MaximumLength(200).WithMessage("The second address line can be at most 200 characters.").PlainText();
        RuleFor(a => a.City).NotEmpty().WithMessage("Enter the city.").MaximumLength(100).WithMessage("The city can be at most 100 characters.").PlainText();
        RuleFor(a => a.State).NotEmpty().WithMessage("Enter the state.").UsStateCode();
        RuleFor(a => a.PostalCode).NotEmpty().WithMessage("Enter the ZIP code.").ZipCode();
    }
}
