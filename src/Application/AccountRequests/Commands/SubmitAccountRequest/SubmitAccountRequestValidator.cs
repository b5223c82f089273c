using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.AccountRequests.Commands.SubmitAccountRequest;

public sealed class SubmitAccountRequestValidator : AbstractValidator<SubmitAccountRequestCommand>
{
    public const int MaxZipCodes = 50;

    public SubmitAccountRequestValidator()
    {
        RuleFor(c => c.CompanyName).NotEmpty().WithMessage("Enter your company's name.").MaximumLength(200).WithMessage("Your company's name can be at most 200 characters.").PlainText();
        RuleFor(c => c.ContactName).NotEmpty().WithMessage("Enter your name.").MaximumLength(200).WithMessage("Your name can be at most 200 characters.").PlainText();
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter your email address.").EmailAddressStrict();
        RuleFor(c => c.Phone).NotEmpty().WithMessage("Enter a phone number.").UsPhoneNumber();
        RuleFor(c => c.NumberOfEmployees).NotNull().WithMessage("Enter the number of employees.")
            .InclusiveBetween(1, 1_000_000).WithMessage("Enter a number of employees between 1 and 1,000,000.");
        RuleFor(c => c.LocationZipCodes)
            .NotEmpty().WithMessage("Enter the ZIP code of at least one location.")
            .Must(z => SubmitAccountRequestCommand.SplitZipCodes(z).All(UsFormatRules.IsZipCode))
            .WithMessage("Enter ZIP codes as 12345 or 12345-6789, separated by commas.")
            .Must(z => SubmitAccountRequestCommand.SplitZipCodes(z).Count <= MaxZipCodes)
            .WithMessage($"Enter at most {MaxZipCodes} ZIP codes.");
        RuleFor(c => c.Services).NotEmpty().WithMessage("Choose at least one service you are interested in.");
        RuleForEach(c => c.Services).IsInEnum().WithMessage("Choose services from the list.");
        RuleFor(c => c.Message).MaximumLength(2000).WithMessage("The message can be at most 2,000 characters.").PlainText();
    }
}
