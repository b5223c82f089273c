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
/// An Admin changes which of the company's locations another user sees; no codes makes them company-wide. A
/// location-scoped Admin does this only for users within their locations and only to their locations; the last
/// company-wide Admin stays so. Audited, and the user's sessions end (their scope is fixed for a session).
/// </summary>
[RequiresPermission(Permission.EditUserAccess)]
public sealed record ChangeUserLocationsCommand(Guid UserId, IReadOnlyList<string>? LocationCodes) : ICommand;

public sealed class ChangeUserLocationsHandler(IRepository<PortalUser> users, IRepository<Company> companies, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ChangeUserLocationsCommand>
{
    public async ValueTask<Unit> Handle(ChangeUserLocationsCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindManagedAsync(command.UserId, currentUser, cancellationToken);
        var codes = command.LocationCodes ?? [];
        ManagedUsers.CheckMayGrant(currentUser, codes, nameof(command.LocationCodes));
        var roster = await AdminRosters.LoadAsync(companies, users, cancellationToken);
        var unknown = roster.Company.UnknownLocationCodes(codes);
        if (unknown.Count > 0)
        {
            throw ValidationFailedException.ForField(nameof(command.LocationCodes), $"Your company has no location {string.Join(", ", unknown)}.");
        }

        roster.ChangeLocations(user, codes, currentUser.RequireUserId(), clock.GetUtcNow());
        return Unit.Value;
    }
}
