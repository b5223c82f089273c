using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.DemoData;

/// <summary>Demo data and tests only: gives an invited user their first password and activates them, skipping the emailed link.</summary>
public static class DemoAccounts
{
    public static async Task SetInitialPasswordAsync(IServiceProvider services, Guid userId, string password, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<ActorContext>().RunAsSystem();
        using var acrossCompanies = provider.GetRequiredService<ITenantContext>().AcrossCompanies();
        var user = await provider.GetRequiredService<IRepository<PortalUser>>().FirstOrDefaultAsync(new PortalUserByIdSpec(new PortalUserId(userId)), cancellationToken)
            ?? throw new NotFoundException("User");
        user.Activate(provider.GetRequiredService<TimeProvider>().GetUtcNow());
        var errors = await provider.GetRequiredService<IIdentityService>().CreateCredentialsAsync(user.Id, user.Email, password, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["Password"] = errors.ToArray() });
        }

        await provider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
    }
}
