using EmployerPortal.Application.Common.Events;
using EmployerPortal.Application.Users.EventHandlers;
using EmployerPortal.Domain.Users;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Application.Users;

public static class UsersDependencyInjection
{
    /// <summary>The Users module's reactions to domain events.</summary>
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddScoped<IDomainEventHandler<UserInvited>, SendInvitationWhenUserInvited>();
        return services;
    }
}
