using EmployerPortal.Domain.Common;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>
/// Password policy: not built from what anyone who knows the person can guess — their first or last name, their email
/// address (its name or domain), or their company's name. Compared on letters and digits only, ignoring case and
/// accents, so "Acme-Logistics-2026!" counts as built from "Acme Logistics". Parts shorter than 3 letters are not checked.
/// </summary>
internal sealed class NotPersonalPasswordValidator(PortalDbContext db) : IPasswordValidator<PortalIdentityUser>
{
    public const string Message =
        "Don't build the password from your name, your email address or your company's name: those are the first things an attacker tries.";

    private const int ShortestPart = 3;

    public async Task<IdentityResult> ValidateAsync(UserManager<PortalIdentityUser> manager, PortalIdentityUser user, string? password)
    {
        var compact = Compact(password);
        if (compact.Length == 0)
        {
            return IdentityResult.Success;
        }

        var parts = new List<string?>();
        var email = user.Email ?? user.UserName ?? string.Empty;
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            parts.Add(email[..at]);
            parts.AddRange(email[(at + 1)..].Split('.').SkipLast(1));
        }

        var userId = new PortalUserId(user.Id);
        var person = await db.PortalUsers.AcrossCompanies().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.FirstName, u.LastName, u.CompanyId })
            .SingleOrDefaultAsync();
        if (person is not null)
        {
            parts.Add(person.FirstName);
            parts.Add(person.LastName);
            var company = await db.Companies.AcrossCompanies().AsNoTracking()
                .Where(c => c.Id == person.CompanyId)
                .Select(c => c.Name)
                .SingleOrDefaultAsync();
            parts.Add(company);
            parts.AddRange(company?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? []);
        }

        var personal = parts.Select(Compact).Where(p => p.Length >= ShortestPart).Any(p => compact.Contains(p, StringComparison.Ordinal));
        return personal
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordIsPersonal", Description = Message })
            : IdentityResult.Success;
    }

    /// <summary>Letters and digits only, lower case, accents removed ("Muñoz-Ybarra" → "munozybarra").</summary>
    private static string Compact(string? text) => Application.Results.EmployeeNameKey.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);
}
