using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Domain.InjuryCases;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Commands.ReopenInjuryCase;

/// <summary>An Admin reopens a closed case so that it takes work statuses again (the trail records who). It changes the OSHA counts.</summary>
[RequiresPermission(Permission.ManageOshaRecords)]
public sealed record ReopenInjuryCaseCommand(Guid Id) : ICommand;

public sealed class ReopenInjuryCaseHandler(IRepository<InjuryCase> injuryCases, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ReopenInjuryCaseCommand>
{
    public async ValueTask<Unit> Handle(ReopenInjuryCaseCommand command, CancellationToken cancellationToken)
    {
        var injuryCase = await injuryCases.FirstOrDefaultAsync(new InjuryCaseByIdSpec(new InjuryCaseId(command.Id)), cancellationToken)
            ?? throw new NotFoundException("Injury case");
        injuryCase.Reopen(currentUser.RequireUserId(), clock.GetUtcNow());
        return Unit.Value;
    }
}
