using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.InjuryCases;

/// <summary>
/// What the Admin adds to a case's OSHA Form 301 (Injury and Illness Incident Report) beyond what the portal knows.
/// The portal prefills the employee, the case number, the date and time of the event, the body part, what happened
/// and the treating clinic; a value given here replaces the prefilled one (null keeps it).
/// </summary>
public sealed record Osha301Report(
    string? EmployeeStreet = null,
    string? EmployeeCity = null,
    string? EmployeeState = null,
    string? EmployeePostalCode = null,
    DateOnly? HireDate = null,
    string? PhysicianName = null,
    string? FacilityName = null,
    string? FacilityAddress = null,
    bool? TreatedInEmergencyRoom = null,
    bool? HospitalizedOvernight = null,
    TimeOnly? TimeBeganWork = null,
    string? ActivityBefore = null,
    string? WhatHappened = null,
    string? InjuryOrIllness = null,
    string? ObjectOrSubstance = null,
    DateOnly? DateOfDeath = null,
    string? CompletedBy = null,
    string? CompletedByTitle = null,
    string? CompletedByPhone = null,
    DateOnly? CompletedOn = null)
{
    public static readonly Osha301Report None = new();

    public Osha301Report Normalized() => this with
    {
        EmployeeStreet = Clean(EmployeeStreet),
        EmployeeCity = Clean(EmployeeCity),
        EmployeeState = Clean(EmployeeState)?.ToUpperInvariant(),
        EmployeePostalCode = Clean(EmployeePostalCode),
        PhysicianName = Clean(PhysicianName),
        FacilityName = Clean(FacilityName),
        FacilityAddress = Clean(FacilityAddress),
        ActivityBefore = Clean(ActivityBefore),
        WhatHappened = Clean(WhatHappened),
        InjuryOrIllness = Clean(InjuryOrIllness),
        ObjectOrSubstance = Clean(ObjectOrSubstance),
        CompletedBy = Clean(CompletedBy),
        CompletedByTitle = Clean(CompletedByTitle),
        CompletedByPhone = Clean(CompletedByPhone),
    };

    /// <summary>The names of the fields that differ from <paramref name="other"/>, as the trail says them (never their values).</summary>
    public IReadOnlyList<string> ChangedFields(Osha301Report other) =>
    [
        .. new (bool Differs, string Field)[]
        {
            (EmployeeStreet != other.EmployeeStreet || EmployeeCity != other.EmployeeCity
                || EmployeeState != other.EmployeeState || EmployeePostalCode != other.EmployeePostalCode, "employee address"),
            (HireDate != other.HireDate, "date hired"),
            (PhysicianName != other.PhysicianName, "physician"),
            (FacilityName != other.FacilityName || FacilityAddress != other.FacilityAddress, "treatment facility"),
            (TreatedInEmergencyRoom != other.TreatedInEmergencyRoom, "emergency room"),
            (HospitalizedOvernight != other.HospitalizedOvernight, "hospitalized overnight"),
            (TimeBeganWork != other.TimeBeganWork, "time began work"),
            (ActivityBefore != other.ActivityBefore, "activity before the incident"),
            (WhatHappened != other.WhatHappened, "what happened"),
            (InjuryOrIllness != other.InjuryOrIllness, "injury or illness"),
            (ObjectOrSubstance != other.ObjectOrSubstance, "object or substance"),
            (DateOfDeath != other.DateOfDeath, "date of death"),
            (CompletedBy != other.CompletedBy || CompletedByTitle != other.CompletedByTitle
                || CompletedByPhone != other.CompletedByPhone || CompletedOn != other.CompletedOn, "completed by"),
        }.Where(c => c.Differs).Select(c => c.Field),
    ];

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>An employee is hired before they are injured at work.</summary>
public sealed class HireDateCannotFollowTheInjury(DateOnly? hireDate, DateOnly injuryDate) : IBusinessRule
{
    public string Message => "The date hired cannot be after the date of injury.";

    public bool IsBroken() => hireDate is { } hired && hired > injuryDate;
}

/// <summary>A death is recorded from the day of the injury and not in the future.</summary>
public sealed class DateOfDeathFallsBetweenTheInjuryAndToday(DateOnly? dateOfDeath, DateOnly injuryDate, DateOnly today) : IBusinessRule
{
    public string Message => "The date of death must fall between the date of injury and today.";

    public bool IsBroken() => dateOfDeath is { } died && (died < injuryDate || died > today);
}

/// <summary>The form is completed after the injury and not in the future.</summary>
public sealed class Osha301CompletedBetweenTheInjuryAndToday(DateOnly? completedOn, DateOnly injuryDate, DateOnly today) : IBusinessRule
{
    public string Message => "The date completed must fall between the date of injury and today.";

    public bool IsBroken() => completedOn is { } on && (on < injuryDate || on > today);
}
