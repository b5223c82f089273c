using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Users.Commands.InviteUser;

/// <summary>
/// An Admin invites a user to their own company. Returns the new user's id, or null when the address belongs to a user
/// of another company: then nothing is created and nothing is sent, and the caller answers as if the invitation went
/// out, so an Admin cannot learn who has an account elsewhere. With location codes the user sees only those
/// locations' records; a location-scoped Admin invites only for their own locations.
/// </summary>
[RequiresPermission(Permission.GrantUserAccess)]
public sealed record InviteUserCommand(string? Email, string? FirstName, string? LastName, UserRole Role, IReadOnlyList<string>? LocationCodes = null) : ICommand<Guid?>;

public sealed class InviteUserHandler(IRepository<PortalUser> users, IRepository<Company> companies, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<InviteUserCommand, Guid?>
{
    public const string AlreadyAUserMessage = "That email address is already a user of this company.";

    public async ValueTask<Guid?> Handle(InviteUserCommand command, CancellationToken cancellationToken)
    {
        var companyId = currentUser.RequireCompanyId();
        ManagedUsers.CheckMayGrant(currentUser, command.LocationCodes ?? [], nameof(command.LocationCodes));
        var owner = await users.FirstOrDefaultAsync(new PortalUserByEmailSpec(command.Email!), cancellationToken);
        if (owner is not null)
        {
            return owner.CompanyId == companyId
                ? throw ValidationFailedException.ForField(nameof(command.Email), AlreadyAUserMessage)
                : null;
        }

        var user = PortalUser.Invite(companyId, command.Email!, command.FirstName!, command.LastName!, command.Role, clock.GetUtcNow());
        if (command.LocationCodes is { Count: > 0 } codes)
        {
            var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken) ?? throw new NotFoundException("Company");
            var unknown = company.UnknownLocationCodes(codes);
            if (unknown.Count > 0)
            {
                throw ValidationFailedException.ForField(nameof(command.LocationCodes), $"Your company has no location {string.Join(", ", unknown)}.");
            }

            user.LimitToLocations(codes);
        }

        users.Add(user);
        return user.Id.Value;
    }
}
