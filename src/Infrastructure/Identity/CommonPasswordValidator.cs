using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace EmployerPortal.Infrastructure.Identity;

/// <summary>
/// Password policy: not one of the common and breached passwords shipped with the portal (<c>common-passwords.txt</c>,
/// 10,000 entries, checked offline), ignoring case and the usual letter-for-symbol swaps ("P@ssw0rd").
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<PortalIdentityUser>
{
    public const string Message =
        "This password is on a list of common or leaked passwords, so it is among the first an attacker tries. Choose another: a few unrelated words work well.";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        return List.Value.Contains(lower) || List.Value.Contains(Unleet(lower));
    }

    public Task<IdentityResult> ValidateAsync(UserManager<PortalIdentityUser> manager, PortalIdentityUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordIsCommon", Description = Message })
            : IdentityResult.Success);

    private static string Unleet(string text) => string.Concat(text.Select(c => c switch
    {
        '@' or '4' => 'a',
        '0' => 'o',
        '3' => 'e',
        '1' or '!' => 'i',
        '$' or '5' => 's',
        '7' => 't',
        _ => c,
    }));

    private static HashSet<string> Load()
    {
        var resource = $"{typeof(CommonPasswordValidator).Namespace}.common-passwords.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line);
            }
        }

        return set;
    }
}
