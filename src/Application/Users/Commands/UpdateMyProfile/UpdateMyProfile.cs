using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.UpdateMyProfile;

/// <summary>A signed-in user corrects their own name.</summary>
[SignedInUser]
public sealed record UpdateMyProfileCommand(string? FirstName, string? LastName) : ICommand;

public sealed class UpdateMyProfileHandler(IRepository<PortalUser> users, ICurrentUser currentUser) : ICommandHandler<UpdateMyProfileCommand>
{
    public async ValueTask<Unit> Handle(UpdateMyProfileCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FirstOrDefaultAsync(new PortalUserByIdSpec(currentUser.RequireUserId()), cancellationToken)
            ?? throw new NotFoundException("User");
        user.Rename(command.FirstName!, command.LastName!);
        return Unit.Value;
    }
}
