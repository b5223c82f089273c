using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.ChangeMyNoticeFrequency;

/// <summary>A signed-in user chooses how they hear about new results and letters (DESIGN §2: own notification preferences).</summary>
[SignedInUser]
public sealed record ChangeMyNoticeFrequencyCommand(NoticeFrequency? Frequency) : ICommand;

public sealed class ChangeMyNoticeFrequencyHandler(IRepository<PortalUser> users, ICurrentUser currentUser)
    : ICommandHandler<ChangeMyNoticeFrequencyCommand>
{
    public async ValueTask<Unit> Handle(ChangeMyNoticeFrequencyCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FirstOrDefaultAsync(new PortalUserByIdSpec(currentUser.RequireUserId()), cancellationToken)
            ?? throw new NotFoundException("User");
        user.ChangeNoticeFrequency(command.Frequency!.Value);
        return Unit.Value;
    }
}
