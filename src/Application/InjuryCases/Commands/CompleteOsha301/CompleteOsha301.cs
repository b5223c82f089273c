using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Commands.CompleteOsha301;

/// <summary>An Admin completes a case's OSHA 301 incident report: what the portal cannot prefill, and corrections of what it does (blank keeps the prefilled value); audited.</summary>
[RequiresPermission(Permission.ManageOshaRecords)]
public sealed record CompleteOsha301Command(
    Guid Id,
    string? EmployeeStreet,
    string? EmployeeCity,
    string? EmployeeState,
    string? EmployeePostalCode,
    DateOnly? HireDate,
    string? PhysicianName,
    string? FacilityName,
    string? FacilityAddress,
    bool? TreatedInEmergencyRoom,
    bool? HospitalizedOvernight,
    TimeOnly? TimeBeganWork,
    string? ActivityBefore,
    string? WhatHappened,
    string? InjuryOrIllness,
    string? ObjectOrSubstance,
    DateOnly? DateOfDeath,
    string? CompletedBy,
    string? CompletedByTitle,
    string? CompletedByPhone,
    DateOnly? CompletedOn) : ICommand
{
    public Osha301Report ToReport() => new(
        EmployeeStreet, EmployeeCity, EmployeeState, EmployeePostalCode, HireDate, PhysicianName, FacilityName, FacilityAddress,
        TreatedInEmergencyRoom, HospitalizedOvernight, TimeBeganWork, ActivityBefore, WhatHappened, InjuryOrIllness, ObjectOrSubstance,
        DateOfDeath, CompletedBy, CompletedByTitle, CompletedByPhone, CompletedOn);
}

public sealed class CompleteOsha301Handler(
    IRepository<InjuryCase> injuryCases,
    IRepository<Company> companies,
    Common.Time.ICompanyClock companyClock,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<CompleteOsha301Command>
{
    public async ValueTask<Unit> Handle(CompleteOsha301Command command, CancellationToken cancellationToken)
    {
        var injuryCase = await injuryCases.FirstOrDefaultAsync(new InjuryCaseByIdSpec(new InjuryCaseId(command.Id)), cancellationToken)
            ?? throw new NotFoundException("Injury case");
        var calendar = await InjuryCaseCalendars.ForTenantAsync(companies, companyClock, cancellationToken);
        injuryCase.CompleteOsha301(command.ToReport(), calendar.TodayAt(injuryCase.LocationCode), currentUser.RequireUserId(), clock.GetUtcNow());
        return Unit.Value;
    }
}
