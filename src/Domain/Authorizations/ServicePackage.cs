using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Authorizations;

/// <summary>
/// A custom service package ops defines for one company ("New driver: DOT physical + DOT drug screen"): a name, the
/// catalog services it authorizes and instructions for clinic staff. Identified in the company by its code.
/// </summary>
public sealed class ServicePackage : AggregateRoot<ServicePackageId>
{
    private List<string> _serviceCodes = [];

    private ServicePackage()
    {
        Code = null!;
        Name = null!;
    }

    public CompanyId CompanyId { get; private set; }

    /// <summary>Unique in the company; stored trimmed and upper-case.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<string> ServiceCodes => _serviceCodes;

    public string? Instructions { get; private set; }

    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    public static ServicePackage Create(CompanyId companyId, string code, string name, IReadOnlyCollection<string> serviceCodes, string? instructions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var package = new ServicePackage { Id = ServicePackageId.New(), CompanyId = companyId, Code = NormalizeCode(code) };
        package.Change(name, serviceCodes, instructions);
        return package;
    }

    /// <summary>Ops sends the package again: its name, services and instructions become these.</summary>
    public void Change(string name, IReadOnlyCollection<string> serviceCodes, string? instructions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(serviceCodes);
        CheckRule(new PackageMustHoldAService(serviceCodes));
        Name = name.Trim();
        _serviceCodes = [.. serviceCodes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal)];
        Instructions = string.IsNullOrWhiteSpace(instructions) ? null : instructions.Trim();
    }
}

/// <summary>The package chosen on an authorization, as it stood when the authorization was made.</summary>
public sealed record AuthorizedPackage(string Code, string Name, string? Instructions);

public sealed class PackageMustHoldAService(IReadOnlyCollection<string> serviceCodes) : IBusinessRule
{
    public string Message => "A package holds at least one service.";

    public bool IsBroken() => serviceCodes.Count == 0;
}
