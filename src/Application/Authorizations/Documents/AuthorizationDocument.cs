using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.Authorizations.Documents;

/// <summary>
/// What the printed authorization says: everything a front desk needs to act on it, and nothing else. Its dates are
/// its location's own (issued on the local day it was created there).
/// </summary>
public sealed record AuthorizationDocument(
    string ProviderName,
    string ProviderPhone,
    string CompanyName,
    string CompanyAccountNumber,
    string Number,
    Employee Employee,
    AuthorizationReason Reason,
    InjuryDetails? Injury,
    IReadOnlyList<AuthorizedService> Services,
    string? CompanyInstructions,
    string? VisitInstructions,
    DateOnly ValidUntil,
    AuthorizationStatus Status,
    DateOnly IssuedOn,
    string WhereToGo,
    IReadOnlyList<string> WhatToBring)
{
    /// <summary>The company location the authorization is for: where the employee works, named on the page.</summary>
    public AuthorizedLocation? Location { get; init; }

    /// <summary>The company's custom package chosen, with its instructions for clinic staff.</summary>
    public AuthorizedPackage? Package { get; init; }

    /// <summary>The clinic the employee goes to (its address and hours are printed); null: any clinic.</summary>
    public AuthorizedClinic? Clinic { get; init; }

    /// <summary>Why the DOT drug test is done, when one is authorized.</summary>
    public DotTestReason? DotTestReason { get; init; }

    public static AuthorizationDocument From(Authorization authorization, Company company, AuthorizationsOptions options, DateTimeOffset now) => new(
        options.ProviderName,
        options.ProviderPhone,
        company.Name,
        company.AccountNumber.Value,
        authorization.Number.Display,
        authorization.Employee,
        authorization.Reason,
        authorization.Injury,
        authorization.Services.ToList(),
        company.SpecialInstructions,
        authorization.SpecialInstructions,
        authorization.ValidUntil,
        authorization.StatusAt(now),
        new LocalTime(company.ZoneOf(authorization.LocationCode)).DateOf(authorization.CreatedAt),
        options.WhereToGo,
        WhatToBringFor(authorization))
    {
        Location = company.FindLocation(authorization.LocationCode) is { } location ? AuthorizedLocation.From(location) : null,
        Package = authorization.Package,
        Clinic = authorization.Clinic,
        DotTestReason = authorization.DotTestReason,
    };

    /// <summary>The file name the employer and the employee see.</summary>
    public string FileName => $"Authorization {Number}.pdf";

    private static List<string> WhatToBringFor(Authorization authorization)
    {
        var codes = authorization.Services.Select(s => s.ServiceCode).ToHashSet(StringComparer.Ordinal);
        var list = new List<string>
        {
            "This authorization, printed or on your phone",
            "A government-issued photo ID (driver's license, state ID or passport)",
        };
        if (codes.Contains("PHYS-DOT"))
        {
            list.Add("Your glasses or contact lenses and hearing aids, a list of your medications, and any specialist letters (DOT physical)");
        }

        if (codes.Overlaps(["RESP-FIT", "RESP-CLEAR"]))
        {
            list.Add("Your respirator, if your employer issued you one");
        }

        if (codes.Overlaps(["IMM-TB", "IMM-HEPB", "IMM-FLU", "IMM-OTHER"]))
        {
            list.Add("Your vaccination records, if you have them");
        }

        if (authorization.Reason == AuthorizationReason.Injury)
        {
            list.Add("Your employer's claim or incident number, if you were given one");
        }

        return list;
    }
}

/// <summary>Renders the one-page authorization PDF.</summary>
public interface IAuthorizationPdfRenderer
{
    byte[] Render(AuthorizationDocument document);
}

/// <summary>A location as the printed authorization names it, with its standing instructions for clinic staff.</summary>
public sealed record AuthorizedLocation(string Name, string Address, string Phone, string? Instructions)
{
    public static AuthorizedLocation From(CompanyLocation location) =>
        new(location.Name, location.Address.SingleLine, location.Phone, location.SpecialInstructions);
}
