using System.Linq.Expressions;
using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Authorizations;

/// <summary>
/// An employer's go-ahead for services to an employee, shown at check-in.
/// Active until a visit uses it, an employer voids it (deleting = voiding) or its valid-until date passes.
/// </summary>
/// <remarks>Calendar dates are read in the offset of the <c>now</c> the caller passes in.</remarks>
public sealed class Authorization : AggregateRoot<AuthorizationId>
{
    public const int MaxValidityDays = 90;

    private readonly List<AuthorizedService> _services = [];
    private readonly List<AuthorizationEmail> _emails = [];
    private readonly List<AuthorizationStatusChange> _statusHistory = [];

    private Authorization()
    {
        Number = null!;
        Employee = null!;
    }

    public CompanyId CompanyId { get; private set; }

    /// <summary>The company location the authorization is for: its zone dates it, its users see it.</summary>
    public string LocationCode { get; private set; } = Companies.CompanyLocation.MainCode;

    public AuthorizationNumber Number { get; private set; }

    public Employee Employee { get; private set; }

    public AuthorizationReason Reason { get; private set; }

    /// <summary>Present exactly when <see cref="Reason"/> is <see cref="AuthorizationReason.Injury"/>.</summary>
    public InjuryDetails? Injury { get; private set; }

    public string? SpecialInstructions { get; private set; }

    /// <summary>The company's custom package the services came from, if one was chosen; its instructions go to the clinic.</summary>
    public AuthorizedPackage? Package { get; private set; }

    /// <summary>The clinic from the directory the employee is sent to; null: any of the provider's clinics.</summary>
    public AuthorizedClinic? Clinic { get; private set; }

    /// <summary>Why the DOT drug test is done; present exactly when one is authorized (<see cref="DotTesting"/>).</summary>
    public DotTestReason? DotTestReason { get; private set; }

    /// <summary>The last day the authorization can be used.</summary>
    public DateOnly ValidUntil { get; private set; }

    /// <summary>The stored status; an active authorization past its valid-until date reads as expired through <see cref="StatusAt"/>.</summary>
    public AuthorizationStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public PortalUserId CreatedBy { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public string? UsedByVisitId { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    public PortalUserId? VoidedBy { get; private set; }

    /// <summary>Why the employer voided it, in their words.</summary>
    public string? VoidReason { get; private set; }

    /// <summary>Counts the status changes; the row's concurrency token, so of two changes made from the same read only the first commits.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<AuthorizedService> Services => _services;

    public IReadOnlyList<AuthorizationEmail> Emails => _emails;

    public IReadOnlyList<AuthorizationStatusChange> StatusHistory => _statusHistory;

    public static Authorization Create(
        CompanyId companyId,
        string locationCode,
        AuthorizationNumber number,
        Employee employee,
        AuthorizationReason reason,
        InjuryDetails? injury,
        IReadOnlyCollection<AuthorizedService> services,
        string? specialInstructions,
        DateOnly validUntil,
        PortalUserId createdBy,
        DateTimeOffset now,
        AuthorizedPackage? package = null,
        DotTestReason? dotTestReason = null,
        AuthorizedClinic? clinic = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locationCode);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(services);
        var today = Dates.DateOf(now);
        now = now.ToUniversalTime();
        CheckRule(new DateOfBirthMustBeInThePast(employee.DateOfBirth, today));
        CheckRule(new InjuryRequiresDateOfInjury(reason, injury));
        CheckRule(new DateOfInjuryCannotBeInTheFuture(injury, today));
        CheckRule(new AtLeastOneServiceMustBeAuthorized(services));
        CheckRule(new ValidUntilMustBeWithin90Days(validUntil, today));
        CheckRule(new DotTestReasonGoesWithADotTest(services, dotTestReason));

        var authorization = new Authorization
        {
            Id = AuthorizationId.New(),
            CompanyId = companyId,
            LocationCode = Companies.CompanyLocation.NormalizeCode(locationCode),
            Number = number,
            Employee = employee,
            Reason = reason,
            Injury = injury,
            SpecialInstructions = string.IsNullOrWhiteSpace(specialInstructions) ? null : specialInstructions.Trim(),
            Package = package,
            Clinic = clinic,
            DotTestReason = dotTestReason,
            ValidUntil = validUntil,
            Status = AuthorizationStatus.Active,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        authorization._services.AddRange(services.Distinct());
        authorization._statusHistory.Add(new AuthorizationStatusChange(AuthorizationStatus.Active, now, createdBy));
        authorization.Raise(new AuthorizationCreated(authorization.Id, companyId, number.Value, createdBy, now));
        return authorization;
    }

    /// <summary>
    /// The status as of <paramref name="now"/>: expired once the valid-until date has passed, stored or not. The date is
    /// read in <paramref name="now"/>'s own offset, so with the company's local now it is valid to the end of that local day.
    /// </summary>
    public AuthorizationStatus StatusAt(DateTimeOffset now) => StatusOn(Status, ValidUntil, Dates.DateOf(now));

    /// <summary>
    /// The one definition of "expired": an authorization stored as active reads as expired on any day after its
    /// valid-until date. <see cref="ActiveOn"/> and <see cref="ExpiredOn"/> say the same for queries.
    /// </summary>
    public static AuthorizationStatus StatusOn(AuthorizationStatus stored, DateOnly validUntil, DateOnly today) =>
        stored == AuthorizationStatus.Active && today > validUntil ? AuthorizationStatus.Expired : stored;

    /// <summary>Those that read as active on <paramref name="today"/> (see <see cref="StatusOn"/>).</summary>
    public static Expression<Func<Authorization, bool>> ActiveOn(DateOnly today) =>
        a => a.Status == AuthorizationStatus.Active && a.ValidUntil >= today;

    /// <summary>Those that read as expired on <paramref name="today"/> (see <see cref="StatusOn"/>).</summary>
    public static Expression<Func<Authorization, bool>> ExpiredOn(DateOnly today) =>
        a => a.Status == AuthorizationStatus.Expired || (a.Status == AuthorizationStatus.Active && a.ValidUntil < today);

    public bool IsExpiredAt(DateTimeOffset now) => StatusAt(now) == AuthorizationStatus.Expired;

    /// <summary>The front desk checks the employee in: the authorization is used by that visit.</summary>
    public void CheckIn(string externalVisitId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalVisitId);
        var status = StatusAt(now);
        CheckRule(new VoidedAuthorizationCannotBeUsed(status));
        CheckRule(new AuthorizationCanOnlyBeUsedOnce(status));
        CheckRule(new ExpiredAuthorizationCannotBeUsed(status));
        now = now.ToUniversalTime();

        Status = AuthorizationStatus.Used;
        Version++;
        UsedAt = now;
        UsedByVisitId = externalVisitId.Trim();
        _statusHistory.Add(new AuthorizationStatusChange(AuthorizationStatus.Used, now, null));
        Raise(new AuthorizationUsed(Id, CompanyId, Number.Value, UsedByVisitId, now));
    }

    public const int MaxVoidReasonLength = 500;

    /// <summary>An Admin deletes the authorization: it stays on record as voided, with who, when and why.</summary>
    public void Void(PortalUserId by, DateTimeOffset now, string reason)
    {
        CheckRule(new AuthorizationCannotBeVoidedOnceUsed(Status));
        CheckRule(new AuthorizationAlreadyVoided(Status));
        CheckRule(new VoidingSaysWhy(reason));

        Status = AuthorizationStatus.Voided;
        Version++;
        VoidedAt = now;
        VoidedBy = by;
        VoidReason = reason.Trim();
        _statusHistory.Add(new AuthorizationStatusChange(AuthorizationStatus.Voided, now, by));
        Raise(new AuthorizationVoided(Id, CompanyId, Number.Value, by, now));
    }

    /// <summary>Housekeeping: stores the expiry of an active authorization whose valid-until date has passed.</summary>
    public void Expire(DateTimeOffset now)
    {
        CheckRule(new OnlyAnActiveAuthorizationPastValidUntilExpires(Status, ValidUntil, Dates.DateOf(now)));
        now = now.ToUniversalTime();

        Status = AuthorizationStatus.Expired;
        Version++;
        _statusHistory.Add(new AuthorizationStatusChange(AuthorizationStatus.Expired, now, null));
        Raise(new AuthorizationExpired(Id, CompanyId, Number.Value, now));
    }

    /// <summary>Whether it was ever emailed to the employee (who then is told when it is voided).</summary>
    public bool WasEmailed => _emails.Count > 0;

    /// <summary>The authorization was emailed to the employee; only an active one may be.</summary>
    public void RecordEmailed(string toAddress, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        CheckRule(new OnlyAnActiveAuthorizationCanBeEmailed(StatusAt(now)));
        var email = new AuthorizationEmail(toAddress.Trim(), now);
        _emails.Add(email);
        Raise(new AuthorizationEmailed(Id, CompanyId, email.To, now));
    }
}

public sealed record AuthorizationCreated(AuthorizationId AuthorizationId, CompanyId CompanyId, string Number, PortalUserId CreatedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AuthorizationUsed(AuthorizationId AuthorizationId, CompanyId CompanyId, string Number, string ExternalVisitId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AuthorizationVoided(AuthorizationId AuthorizationId, CompanyId CompanyId, string Number, PortalUserId VoidedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AuthorizationExpired(AuthorizationId AuthorizationId, CompanyId CompanyId, string Number, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AuthorizationEmailed(AuthorizationId AuthorizationId, CompanyId CompanyId, string To, DateTimeOffset OccurredAt) : IDomainEvent;
