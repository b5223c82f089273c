using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Domain.Authorizations;

/// <summary>
/// A clinic of the provider's network, from the directory ops keep (provider-wide, not a company's): where an
/// employee can go, when it is open and what it offers. An authorization may name one, or leave it to any clinic.
/// </summary>
public sealed class Clinic
{
    private List<string> _serviceCodes = [];

    private Clinic()
    {
        Code = null!;
        Name = null!;
        Address = null!;
        Phone = null!;
        Hours = null!;
        TimeZone = null!;
    }

    /// <summary>Unique in the directory; stored trimmed and upper-case.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public PostalAddress Address { get; private set; }

    public string Phone { get; private set; }

    /// <summary>Opening hours as the clinic states them ("Mon–Fri 7:00 AM–6:00 PM; Sat 8:00 AM–noon"), in its own zone.</summary>
    public string Hours { get; private set; }

    public CompanyTimeZone TimeZone { get; private set; }

    /// <summary>The catalog services it performs.</summary>
    public IReadOnlyList<string> ServiceCodes => _serviceCodes;

    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    /// <summary>Whether the clinic performs the catalog service.</summary>
    public bool Performs(string serviceCode) => _serviceCodes.Contains(serviceCode.Trim(), StringComparer.Ordinal);

    public static Clinic Create(string code, string name, PostalAddress address, string phone, string hours, CompanyTimeZone timeZone, IReadOnlyCollection<string> serviceCodes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var clinic = new Clinic { Code = NormalizeCode(code) };
        clinic.Change(name, address, phone, hours, timeZone, serviceCodes);
        return clinic;
    }

    /// <summary>Ops sends the clinic again: it becomes what was sent (the same body again changes nothing).</summary>
    public void Change(string name, PostalAddress address, string phone, string hours, CompanyTimeZone timeZone, IReadOnlyCollection<string> serviceCodes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        ArgumentException.ThrowIfNullOrWhiteSpace(hours);
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(serviceCodes);
        Name = name.Trim();
        Address = address;
        Phone = phone.Trim();
        Hours = hours.Trim();
        TimeZone = timeZone;
        _serviceCodes = [.. serviceCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What the authorization keeps of the clinic as it stood when the authorization was made.</summary>
    public AuthorizedClinic ToAuthorized() =>
        new(Code, Name, $"{Address.Line1}{(Address.Line2 is { Length: > 0 } line2 ? ", " + line2 : string.Empty)}, {Address.City}, {Address.State} {Address.PostalCode}", Phone, Hours);
}

/// <summary>The clinic chosen on an authorization, as it stood then: the employee goes by what they were given.</summary>
public sealed record AuthorizedClinic(string Code, string Name, string Address, string Phone, string Hours);
