using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Domain.Companies;

/// <summary>An employer customer of the provider, with its account details and settings.</summary>
public sealed class Company : AggregateRoot<CompanyId>
{
    private readonly List<CompanyContact> _contacts = [];
    private readonly List<CompanyLocation> _locations = [];
    private readonly List<ResultType> _enabledNonStandardResultTypes = [];

    private Company()
    {
        AccountNumber = null!;
        Name = null!;
        Address = null!;
        Phone = null!;
        TimeZone = null!;
    }

    public AccountNumber AccountNumber { get; private set; }

    public string Name { get; private set; }

    public PostalAddress Address { get; private set; }

    public string Phone { get; private set; }

    /// <summary>The zone the company's business dates are kept in and its times are shown in.</summary>
    public CompanyTimeZone TimeZone { get; private set; }

    public string? SpecialInstructions { get; private set; }

    public Uri? DrugScreenPortalUrl { get; private set; }

    public CompanyStatus Status { get; private set; }

    /// <summary>Whether every user of the company must sign in with an authenticator app as well as a password.</summary>
    public bool RequiresTwoFactor { get; private set; }

    /// <summary>Concurrency token: bumped on every change so a second concurrent edit is refused.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// Concurrency token of the company's Admin roster: bumped by every change that removes an active Admin, so of two
    /// such changes made at the same time (two Admins demoting each other) the second to commit is refused and the
    /// company cannot be left without an active Admin by a race.
    /// </summary>
    public int AdminRosterVersion { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>How many months a medical surveillance exam lasts for this company's employees (ops sets it; 12 by default).</summary>
    public int SurveillanceIntervalMonths { get; private set; } = Employees.CompliancePolicy.Default.SurveillanceIntervalMonths;

    public Employees.CompliancePolicy CompliancePolicy => new(SurveillanceIntervalMonths);

    public IReadOnlyList<CompanyContact> Contacts => _contacts;

    /// <summary>The company's sites, the main location first.</summary>
    public IReadOnlyList<CompanyLocation> Locations => _locations;

    public IReadOnlyList<ResultType> EnabledNonStandardResultTypes => _enabledNonStandardResultTypes;

    public bool IsActive => Status == CompanyStatus.Active;

    /// <summary>Provisions a company; without a time zone it keeps the zone of its address's state.</summary>
    public static Company Provision(AccountNumber accountNumber, string name, PostalAddress address, string phone, DateTimeOffset now, CompanyTimeZone? timeZone = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var company = new Company
        {
            Id = CompanyId.New(),
            AccountNumber = accountNumber,
            Name = name.Trim(),
            Address = address,
            Phone = phone,
            TimeZone = timeZone ?? CompanyTimeZone.ForState(address.State),
            Status = CompanyStatus.Active,
            CreatedAt = now,
            Version = 1,
        };
        company._locations.Add(CompanyLocation.Create(CompanyLocation.MainCode, company.Name, address, phone, company.TimeZone, null));
        company.Raise(new CompanyProvisioned(company.Id, accountNumber.Value, now));
        return company;
    }

    public void UpdateAccountDetails(PostalAddress address, string phone, string? specialInstructions, IEnumerable<CompanyContact> contacts)
    {
        var newContacts = contacts.ToList();
        CheckRule(new AtLeastOneContactReceivesNewResultNotices(newContacts));
        Address = address;
        Phone = phone;
        SpecialInstructions = string.IsNullOrWhiteSpace(specialInstructions) ? null : specialInstructions.Trim();
        _contacts.Clear();
        _contacts.AddRange(newContacts);
        Version++;
    }

    public void ChangeSettings(CompanyStatus status, Uri? drugScreenPortalUrl, IEnumerable<ResultType> nonStandardResultTypes, DateTimeOffset now)
    {
        var types = nonStandardResultTypes.Distinct().ToList();
        foreach (var type in types)
        {
            CheckRule(new OnlyNonStandardResultTypesCanBeEnabled(type));
        }

        var wasActive = IsActive;
        Status = status;
        DrugScreenPortalUrl = drugScreenPortalUrl;
        _enabledNonStandardResultTypes.Clear();
        _enabledNonStandardResultTypes.AddRange(types);
        Version++;
        if (wasActive && !IsActive)
        {
            Raise(new CompanySuspended(Id, now));
        }
    }

    /// <summary>Ops sets how long a medical surveillance exam lasts for the company (1 to 60 months).</summary>
    public void ChangeSurveillanceInterval(int months)
    {
        CheckRule(new Employees.SurveillanceIntervalIsOneToSixtyMonths(months));
        if (SurveillanceIntervalMonths == months)
        {
            return;
        }

        SurveillanceIntervalMonths = months;
        Version++;
    }

    /// <summary>Ops moves the company (and its main location) to another time zone: its business dates are read in it from now on.</summary>
    public void ChangeTimeZone(CompanyTimeZone timeZone)
    {
        if (TimeZone == timeZone)
        {
            return;
        }

        TimeZone = timeZone;
        FindLocation(CompanyLocation.MainCode)?.MoveTo(timeZone);
        Version++;
    }

    /// <summary>An Admin requires (or stops requiring) two-factor sign-in for every user of the company.</summary>
    public void ChangeTwoFactorRequirement(bool required)
    {
        if (RequiresTwoFactor == required)
        {
            return;
        }

        RequiresTwoFactor = required;
        Version++;
    }

    /// <summary>A signed-in user without two-factor sign-in must set it up before using the portal when the company requires it.</summary>
    public bool MustSetUpTwoFactor(bool userHasTwoFactor) => MustSetUpTwoFactor(RequiresTwoFactor, userHasTwoFactor);

    /// <summary>The same rule on the two flags alone, for the per-request session read that loads them without the company.</summary>
    public static bool MustSetUpTwoFactor(bool companyRequiresTwoFactor, bool userHasTwoFactor) => companyRequiresTwoFactor && !userHasTwoFactor;

    /// <summary>Checks that a user of this company may turn their two-factor sign-in off.</summary>
    public void CheckUserMayTurnOffTwoFactor() => CheckRule(new TwoFactorCannotBeTurnedOffWhileTheCompanyRequiresIt(RequiresTwoFactor));

    /// <summary>Records that an active company-wide Admin is being demoted, disabled or limited to locations (see <see cref="AdminRosterVersion"/>).</summary>
    public void RecordAdminRemoval() => AdminRosterVersion++;

    /// <summary>The codes among <paramref name="codes"/> that name none of the company's locations.</summary>
    public IReadOnlyList<string> UnknownLocationCodes(IEnumerable<string> codes) => [.. codes.Where(c => string.IsNullOrWhiteSpace(c) || FindLocation(c) is null)];

    public CompanyLocation? FindLocation(string code) => _locations.Find(l => l.Code == CompanyLocation.NormalizeCode(code));

    /// <summary>The zone a location's records are read in: its own, or the company's for a code it does not know.</summary>
    public CompanyTimeZone ZoneOf(string locationCode) => FindLocation(locationCode)?.TimeZone ?? TimeZone;

    /// <summary>Ops adds a site; its code must be new in the company.</summary>
    public CompanyLocation AddLocation(string code, string name, PostalAddress address, string phone, CompanyTimeZone timeZone, string? specialInstructions)
    {
        CheckRule(new LocationCodeIsUniqueInTheCompany(_locations, code));
        var location = CompanyLocation.Create(code, name, address, phone, timeZone, specialInstructions);
        _locations.Add(location);
        Version++;
        return location;
    }

    /// <summary>Ops changes a site's details (its code stays).</summary>
    public CompanyLocation? UpdateLocation(string code, string name, PostalAddress address, string phone, CompanyTimeZone timeZone, string? specialInstructions)
    {
        var location = FindLocation(code);
        if (location is null)
        {
            return null;
        }

        location.Update(name, address, phone, timeZone, specialInstructions);
        Version++;
        return location;
    }

    /// <summary>An Admin changes a site's standing instructions for clinic staff; null when the company has no such site.</summary>
    public CompanyLocation? ChangeLocationInstructions(string code, string? specialInstructions)
    {
        var location = FindLocation(code);
        if (location is null)
        {
            return null;
        }

        location.Update(location.Name, location.Address, location.Phone, location.TimeZone, specialInstructions);
        Version++;
        return location;
    }

    /// <summary>Whether a result of this type may be published for this company.</summary>
    public bool Accepts(ResultType type) =>
        !ResultTypes.Get(type).IsNonStandard || _enabledNonStandardResultTypes.Contains(type);

    public IEnumerable<CompanyContact> ContactsReceiving(ContactNotices notice) => _contacts.Where(c => c.Receives(notice));
}

public sealed record CompanyProvisioned(CompanyId CompanyId, string AccountNumber, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CompanySuspended(CompanyId CompanyId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed class AtLeastOneContactReceivesNewResultNotices(IReadOnlyCollection<CompanyContact> contacts) : IBusinessRule
{
    public string Message => "At least one contact must receive new-result notices.";

    public bool IsBroken() => !contacts.Any(c => c.Receives(ContactNotices.NewResults));
}

public sealed class TwoFactorCannotBeTurnedOffWhileTheCompanyRequiresIt(bool companyRequiresTwoFactor) : IBusinessRule
{
    public string Message => "Your company requires two-factor sign-in for every user, so it cannot be turned off.";

    public bool IsBroken() => companyRequiresTwoFactor;
}

public sealed class OnlyNonStandardResultTypesCanBeEnabled(ResultType type) : IBusinessRule
{
    public string Message => $"{type} is a standard result type; only non-standard types are enabled per company.";

    public bool IsBroken() => !ResultTypes.Get(type).IsNonStandard;
}
