namespace EmployerPortal.Domain.Authorizations;

/// <summary>
/// A service an employer can authorize, from the catalog ops maintain. Some need a detail on the authorization
/// (the drug panel, which vaccine): <see cref="DetailLabel"/> names it and <see cref="DetailOptions"/>, when set,
/// lists the allowed answers (otherwise it is free text).
/// </summary>
public sealed class ServiceCatalogEntry
{
    public const char OptionSeparator = '|';

    private ServiceCatalogEntry()
    {
        Code = null!;
        Name = null!;
        Group = null!;
    }

    public ServiceCatalogEntry(string code, string name, string group, int sortOrder, string? detailLabel = null, string? detailOptions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        Code = code;
        Name = name;
        Group = group;
        SortOrder = sortOrder;
        DetailLabel = detailLabel;
        DetailOptions = detailOptions;
        IsActive = true;
    }

    /// <summary>Stable code, e.g. <c>DRUG-NONDOT</c>; stored on each authorized service.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The heading the service is listed under, e.g. "Drug and alcohol testing".</summary>
    public string Group { get; private set; }

    /// <summary>Order across the whole catalog: groups and the services within them read in this order.</summary>
    public int SortOrder { get; private set; }

    /// <summary>What the extra detail is called ("Panel"); null when the service needs none.</summary>
    public string? DetailLabel { get; private set; }

    /// <summary>The allowed details separated by <see cref="OptionSeparator"/>; null for free text.</summary>
    public string? DetailOptions { get; private set; }

    /// <summary>Inactive services stay on old authorizations but cannot be chosen for new ones.</summary>
    public bool IsActive { get; private set; }

    public bool RequiresDetail => DetailLabel is not null;

    public IReadOnlyList<string> DetailChoices =>
        DetailOptions is null ? [] : DetailOptions.Split(OptionSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether <paramref name="detail"/> is an acceptable detail for this service.</summary>
    public bool AcceptsDetail(string? detail) => RequiresDetail
        ? !string.IsNullOrWhiteSpace(detail) && (DetailOptions is null || DetailChoices.Contains(detail.Trim(), StringComparer.Ordinal))
        : string.IsNullOrWhiteSpace(detail);
}
