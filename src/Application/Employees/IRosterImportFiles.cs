using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Employees;

/// <summary>
/// Where a previewed roster file waits for the Admin to confirm it: per company, named by a random token, removed
/// by the daily housekeeping after a day. Confirming reads it again; nothing of it is in the database until then.
/// </summary>
public interface IRosterImportFiles
{
    Task<string> SaveAsync(CompanyId companyId, string content, CancellationToken cancellationToken);

    /// <summary>The file previewed under <paramref name="token"/> for this company, or null when there is none (expired, another company's).</summary>
    Task<string?> ReadAsync(CompanyId companyId, string token, CancellationToken cancellationToken);
}
