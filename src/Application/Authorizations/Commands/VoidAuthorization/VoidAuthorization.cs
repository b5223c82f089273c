using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Commands.VoidAuthorization;

/// <summary>An Admin deletes an authorization: it is voided, keeps its number, and the audit trail records who.</summary>
[RequiresPermission(Permission.DeleteAuthorizations)]
public sealed record VoidAuthorizationCommand(Guid Id) : ICommand;

public sealed class VoidAuthorizationHandler(
    IRepository<Authorization> authorizations,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<VoidAuthorizationCommand>
{
    public async ValueTask<Unit> Handle(VoidAuthorizationCommand command, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.FirstOrDefaultAsync(
                new AuthorizationByIdSpec(new AuthorizationId(command.Id)), cancellationToken)
            ?? throw new NotFoundException("Authorization");
        authorization.Void(currentUser.RequireUserId(), clock.GetUtcNow());
        return Unit.Value;
    }
}
