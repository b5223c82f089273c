using Microsoft.AspNetCore.Identity;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>Password policy: the password may not be the account's email address (nor its part before the @).</summary>
internal sealed class NotTheEmailPasswordValidator : IPasswordValidator<PortalIdentityUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PortalIdentityUser> manager, PortalIdentityUser user, string? password)
    {
        var email = (user.Email ?? user.UserName ?? string.Empty).Trim();
        var localPart = email.Split('@')[0];
        var candidate = (password ?? string.Empty).Trim();
        var isEmail = email.Length > 0 && (string.Equals(candidate, email, StringComparison.OrdinalIgnoreCase)
            || string.Equals(candidate, localPart, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(isEmail
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordIsEmail", Description = "The password must not be your email address." })
            : IdentityResult.Success);
    }
}
