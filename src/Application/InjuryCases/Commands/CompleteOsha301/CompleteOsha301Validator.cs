using EmployerPortal.Application.Common.Validation;
using FluentValidation;

namespace EmployerPortal.Application.InjuryCases.Commands.CompleteOsha301;

/// <summary>The shape of the 301's fields, each optional; the dates against the injury are the case's rules.</summary>
public sealed class CompleteOsha301Validator : AbstractValidator<CompleteOsha301Command>
{
    public CompleteOsha301Validator()
    {
        RuleFor(c => c.EmployeeStreet).MaximumLength(200).WithMessage("The street can be at most 200 characters.").PlainText();
        RuleFor(c => c.EmployeeCity).MaximumLength(100).WithMessage("The city can be at most 100 characters.").PlainText();
        RuleFor(c => c.EmployeeState).UsStateCode().When(c => !string.IsNullOrWhiteSpace(c.EmployeeState));
        RuleFor(c => c.EmployeePostalCode).ZipCode().When(c => !string.IsNullOrWhiteSpace(c.EmployeePostalCode));
        RuleFor(c => c.HireDate).ReasonableDate();
        RuleFor(c => c.PhysicianName).MaximumLength(200).WithMessage("The physician's name can be at most 200 characters.").PlainText();
        RuleFor(c => c.FacilityName).MaximumLength(200).WithMessage("The facility's name can be at most 200 characters.").PlainText();
        RuleFor(c => c.FacilityAddress).MaximumLength(300).WithMessage("The facility's address can be at most 300 characters.").PlainText();
        RuleFor(c => c.ActivityBefore).MaximumLength(1000).WithMessage("What the employee was doing can be at most 1,000 characters.").FreeText();
        RuleFor(c => c.WhatHappened).MaximumLength(1000).WithMessage("What happened can be at most 1,000 characters.").FreeText();
        RuleFor(c => c.InjuryOrIllness).MaximumLength(1000).WithMessage("The injury or illness can be at most 1,000 characters.").FreeText();
        RuleFor(c => c.ObjectOrSubstance).MaximumLength(1000).WithMessage("The object or substance can be at most 1,000 characters.").FreeText();
        RuleFor(c => c.DateOfDeath).ReasonableDate();
        RuleFor(c => c.CompletedBy).MaximumLength(200).WithMessage("The name can be at most 200 characters.").PlainText();
        RuleFor(c => c.CompletedByTitle).MaximumLength(100).WithMessage("The title can be at most 100 characters.").PlainText();
        RuleFor(c => c.CompletedByPhone).UsPhoneNumber().When(c => !string.IsNullOrWhiteSpace(c.CompletedByPhone));
        RuleFor(c => c.CompletedOn).ReasonableDate();
    }
}
