using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Application.Authorizations.Queries.GetAuthorization;

/// <summary>Everything the detail page shows. <see cref="Status"/> is as of now: past valid-until reads expired.</summary>
public sealed record AuthorizationDetailDto(
    Guid Id,
    string Number,
    string CompanyName,
    string? CompanyInstructions,
    Employee Employee,
    AuthorizationReason Reason,
    InjuryDetails? Injury,
    IReadOnlyList<AuthorizedService> Services,
    string? SpecialInstructions,
    DateOnly ValidUntil,
    AuthorizationStatus Status,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? UsedAt,
    string? UsedByVisitId,
    DateTimeOffset? VoidedAt,
    string? VoidedBy,
    IReadOnlyList<StatusHistoryEntryDto> History,
    IReadOnlyList<AuthorizationEmail> Emails)
{
    /// <summary>The company location it is for, by code (what the form takes).</summary>
    public string LocationCode { get; init; } = string.Empty;

    /// <summary>The company location it is for, by name.</summary>
    public string LocationName { get; init; } = string.Empty;

    /// <summary>That location's standing instructions for clinic staff.</summary>
    public string? LocationInstructions { get; init; }

    /// <summary>The company's custom package the services came from, with its instructions for clinic staff.</summary>
    public AuthorizedPackage? Package { get; init; }

    /// <summary>The clinic the employee is sent to; null: any clinic.</summary>
    public AuthorizedClinic? Clinic { get; init; }

    /// <summary>Why the DOT drug test is done, when one is authorized.</summary>
    public DotTestReason? DotTestReason { get; init; }

    /// <summary>Why it was voided, in the Admin's words.</summary>
    public string? VoidReason { get; init; }

    public bool CanBeVoided => Status is AuthorizationStatus.Active or AuthorizationStatus.Expired;
}

/// <summary>One step of the status history; <see cref="By"/> names the user, or is null when no user did it.</summary>
public sealed record StatusHistoryEntryDto(AuthorizationStatus Status, DateTimeOffset At, string? By, string? Note = null);
