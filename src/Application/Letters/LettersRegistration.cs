using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Application.Letters;

public static class LettersRegistration
{
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        services.AddScoped<VisitLetterContent>();
        services.AddScoped<VisitLetterPublisher>();
        return services;
    }
}
