using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Application.Common.Events;

public static class DomainEventHandlerRegistration
{
    /// <summary>Registers every domain-event handler of the assembly (before and after commit), scoped, once per event it handles.</summary>
    public static IServiceCollection AddDomainEventHandlers(this IServiceCollection services, Assembly assembly)
    {
        var handlerTypes = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false });
        foreach (var type in handlerTypes)
        {
            foreach (var contract in type.GetInterfaces().Where(IsEventHandlerContract))
            {
                services.AddScoped(contract, type);
            }
        }

        return services;
    }

    private static bool IsEventHandlerContract(Type contract) =>
        contract.IsGenericType
        && (contract.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>) || contract.GetGenericTypeDefinition() == typeof(ICommittedEventHandler<>));
}
