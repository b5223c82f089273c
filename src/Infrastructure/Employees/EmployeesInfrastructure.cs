using System.Security.Cryptography;
using System.Text;
using EmployerPortal.Application.Employees;
using EmployerPortal.Domain.Common;
using EmployerPortal.Infrastructure.Options;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Infrastructure.Employees;

internal static class EmployeesInfrastructure
{
    public static IServiceCollection AddEmployeesInfrastructure(this IServiceCollection services) =>
        services.AddSingleton<IRosterImportFiles, RosterImportFiles>();
}

/// <summary>
/// Previewed roster files as <c>imports/{company}/{token}.tmp</c> in the data folder: the daily housekeeping removes
/// temporary files after a day, so a preview nobody confirmed does not stay. The token is random (128 bits) and the
/// folder is the company's, so another company's token finds nothing.
/// </summary>
internal sealed class RosterImportFiles(PortalPaths paths) : IRosterImportFiles
{
    public async Task<string> SaveAsync(CompanyId companyId, string content, CancellationToken cancellationToken)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var folder = paths.Combine("imports", companyId.Value.ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, token + ".tmp"), content, Encoding.UTF8, cancellationToken);
        return token;
    }

    public async Task<string?> ReadAsync(CompanyId companyId, string token, CancellationToken cancellationToken)
    {
        if (token.Length != 32 || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var file = paths.Combine("imports", companyId.Value.ToString("N"), token + ".tmp");
        return File.Exists(file) ? await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken) : null;
    }
}
