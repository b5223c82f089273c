using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Domain.InjuryCases;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Commands.DecideOshaRecording;

/// <summary>An Admin decides whether the case goes on the OSHA 300 log and whether it is a privacy case (1904.29(b)(6)); audited.</summary>
[RequiresPermission(Permission.ManageOshaRecords)]
public sealed record DecideOshaRecordingCommand(Guid Id, bool Recordable, bool PrivacyCase) : ICommand;

public sealed class DecideOshaRecordingHandler(IRepository<InjuryCase> injuryCases, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<DecideOshaRecordingCommand>
{
    public async ValueTask<Unit> Handle(DecideOshaRecordingCommand command, CancellationToken cancellationToken)
    {
        var injuryCase = await injuryCases.FirstOrDefaultAsync(new InjuryCaseByIdSpec(new InjuryCaseId(command.Id)), cancellationToken)
            ?? throw new NotFoundException("Injury case");
        injuryCase.DecideOshaRecording(command.Recordable, command.Recordable && command.PrivacyCase, currentUser.RequireUserId(), clock.GetUtcNow());
        return Unit.Value;
    }
}
