using System.Security.Cryptography;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Domain.Authorizations;

namespace EmployerPortal.Application.Authorizations;

/// <summary>Where fresh authorization numbers come from.</summary>
public interface IAuthorizationNumberGenerator
{
    AuthorizationNumber Next();
}

/// <summary>Numbers drawn from the cryptographic random source, so they cannot be guessed from one another.</summary>
public sealed class RandomAuthorizationNumberGenerator : IAuthorizationNumberGenerator
{
    public AuthorizationNumber Next() => AuthorizationNumber.Generate(RandomNumberGenerator.GetInt32);
}

public static class AuthorizationNumberGeneratorExtensions
{
    private const int MaxAttempts = 10;

    /// <summary>
    /// A number no authorization has yet. Numbers are random over 29⁷ values, so a collision is rare and simply
    /// retried; the unique index on the number is the last word against a race.
    /// </summary>
    public static async Task<AuthorizationNumber> NextUnusedAsync(
        this IAuthorizationNumberGenerator numbers, IRepository<Authorization> authorizations, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var candidate = numbers.Next();
            if (!await authorizations.AnyAsync(new AuthorizationByNumberSpec(candidate), cancellationToken))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No unused authorization number after {MaxAttempts} attempts.");
    }
}
