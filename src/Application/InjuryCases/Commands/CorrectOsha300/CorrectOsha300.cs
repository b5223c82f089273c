using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Domain.InjuryCases;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Commands.CorrectOsha300;

/// <summary>An Admin corrects a case's prefilled 300 values (blank keeps the prefilled one); audited.</summary>
[RequiresPermission(Permission.ManageOshaRecords)]
public sealed record CorrectOsha300Command(
    Guid Id,
    OshaClassification? Classification,
    string? JobTitle,
    string? WhereOccurred,
    string? Description,
    int? DaysAway,
    int? DaysRestricted) : ICommand;

public sealed class CorrectOsha300Handler(IRepository<InjuryCase> injuryCases, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CorrectOsha300Command>
{
    public async ValueTask<Unit> Handle(CorrectOsha300Command command, CancellationToken cancellationToken)
    {
        var injuryCase = await injuryCases.FirstOrDefaultAsync(new InjuryCaseByIdSpec(new InjuryCaseId(command.Id)), cancellationToken)
            ?? throw new NotFoundException("Injury case");
        injuryCase.CorrectOsha300(
            new Osha300Correction(command.Classification, command.JobTitle, command.WhereOccurred, command.Description, command.DaysAway, command.DaysRestricted),
            currentUser.RequireUserId(),
            clock.GetUtcNow());
        return Unit.Value;
    }
}
