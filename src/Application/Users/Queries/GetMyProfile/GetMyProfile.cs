using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Queries.GetMyProfile;

[SignedInUser]
public sealed record GetMyProfileQuery : IQuery<MyProfileDto>;

public sealed record MyProfileDto(string FirstName, string LastName, string Email, UserRole Role, NoticeFrequency NoticeFrequency);

public sealed class GetMyProfileHandler(IRepository<PortalUser> users, ICurrentUser currentUser) : IQueryHandler<GetMyProfileQuery, MyProfileDto>
{
    public async ValueTask<MyProfileDto> Handle(GetMyProfileQuery query, CancellationToken cancellationToken)
    {
        var user = await users.FirstOrDefaultAsync(new PortalUserByIdSpec(currentUser.RequireUserId()), cancellationToken)
            ?? throw new NotFoundException("User");
        return new MyProfileDto(user.FirstName, user.LastName, user.Email, user.Role, user.NoticeFrequency);
    }
}
