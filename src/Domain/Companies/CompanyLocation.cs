using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Companies;

/// <summary>
/// A site of the company (a terminal, a plant) with its own address, phone, time zone and standing instructions for
/// clinic staff. Part of the Company aggregate; its code is unique in the company. Every company has <see cref="MainCode"/>.
/// </summary>
public sealed partial class CompanyLocation
{
    public const string MainCode = "MAIN";

    private CompanyLocation()
    {
        Code = null!;
        Name = null!;
        Address = null!;
        Phone = null!;
        TimeZone = null!;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public PostalAddress Address { get; private set; }

    public string Phone { get; private set; }

    public CompanyTimeZone TimeZone { get; private set; }

    public string? SpecialInstructions { get; private set; }

    public bool IsMain => Code == MainCode;

    internal static CompanyLocation Create(string code, string name, PostalAddress address, string phone, CompanyTimeZone timeZone, string? specialInstructions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var location = new CompanyLocation { Code = NormalizeCode(code) };
        location.Update(name, address, phone, timeZone, specialInstructions);
        return location;
    }

    internal void Update(string name, PostalAddress address, string phone, CompanyTimeZone timeZone, string? specialInstructions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Address = address;
        Phone = phone;
        TimeZone = timeZone;
        SpecialInstructions = string.IsNullOrWhiteSpace(specialInstructions) ? null : specialInstructions.Trim();
    }

    internal void MoveTo(CompanyTimeZone timeZone) => TimeZone = timeZone;

    /// <summary>Codes are compared and stored upper-case: "phx" and "PHX" are one location.</summary>
    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    /// <summary>1 to 10 letters, digits or hyphens: "MAIN", "PHX", "DAL-2".</summary>
    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code.Trim());

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9-]{1,10}$")]
    private static partial System.Text.RegularExpressions.Regex CodePattern();
}

public sealed class LocationCodeIsUniqueInTheCompany(IEnumerable<CompanyLocation> locations, string code) : IBusinessRule
{
    public string Message => $"The company already has a location {CompanyLocation.NormalizeCode(code)}.";

    public bool IsBroken() => locations.Any(l => l.Code == CompanyLocation.NormalizeCode(code));
}
