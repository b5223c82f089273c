using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.ChangeUserLocations;

/// <summary>
/// An Admin changes which of the company's locations another user sees; no codes makes them company-wide. Audited,
/// and the user's sessions end (their scope is fixed for a session).
/// </summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record ChangeUserLocationsCommand(Guid UserId, IReadOnlyList<string>? LocationCodes) : ICommand;

public sealed class ChangeUserLocationsHandler(IRepository<PortalUser> users, IRepository<Company> companies, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ChangeUserLocationsCommand>
{
    public async ValueTask<Unit> Handle(ChangeUserLocationsCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FirstOrDefaultAsync(new PortalUserByIdSpec(new PortalUserId(command.UserId)), cancellationToken)
            ?? throw new NotFoundException("User");
        var codes = command.LocationCodes ?? [];
        if (codes.Count > 0)
        {
            var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company");
            var unknown = company.UnknownLocationCodes(codes);
            if (unknown.Count > 0)
            {
                throw ValidationFailedException.ForField(nameof(command.LocationCodes), $"Your company has no location {string.Join(", ", unknown)}.");
            }
        }

        user.ChangeLocations(codes, currentUser.RequireUserId(), clock.GetUtcNow());
        return Unit.Value;
    }
}
