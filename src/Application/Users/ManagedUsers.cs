using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;

namespace EmployerPortal.Application.Users;

/// <summary>
/// The users an Admin manages: their company's, and for a location-scoped Admin only those within their locations.
/// Any other user is not found, as another company's would be; and no Admin grants a location outside their own.
/// </summary>
internal static class ManagedUsers
{
    public static async Task<PortalUser> FindManagedAsync(this IRepository<PortalUser> users, Guid userId, ICurrentUser admin, CancellationToken cancellationToken)
    {
        var user = await users.FirstOrDefaultAsync(new PortalUserByIdSpec(new PortalUserId(userId)), cancellationToken);
        return user is not null && LocationScope.Covers(admin.LocationCodes, user.LocationCodes) ? user : throw new NotFoundException("User");
    }

    /// <summary>Refuses, as a field error, locations a location-scoped Admin does not have (or making a user company-wide).</summary>
    public static void CheckMayGrant(ICurrentUser admin, IReadOnlyList<string> codes, string field)
    {
        if (!LocationScope.Covers(admin.LocationCodes, codes))
        {
            throw ValidationFailedException.ForField(field, $"You can give access only to your own locations ({string.Join(", ", admin.LocationCodes)}).");
        }
    }
}
