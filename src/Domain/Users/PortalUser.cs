using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Users;

/// <summary>An employer's user of the portal. Credentials live in infrastructure, not here.</summary>
public sealed class PortalUser : AggregateRoot<PortalUserId>
{
    private PortalUser()
    {
        Email = null!;
        FirstName = null!;
        LastName = null!;
    }

    public CompanyId CompanyId { get; private set; }

    /// <summary>The sign-in name, stored lower-case; unique across the portal.</summary>
    public string Email { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public UserRole Role { get; private set; }

    /// <summary>
    /// Designated Employer Representative (49 CFR 40): only a DER sees the company's drug- and alcohol-testing documents.
    /// </summary>
    public bool IsDer { get; private set; }

    private readonly List<string> _locationCodes = [];

    /// <summary>
    /// The company locations the user sees records of; empty for a company-wide user. A location-scoped user finds
    /// another location's records as they would another company's: not at all.
    /// </summary>
    public IReadOnlyList<string> LocationCodes => _locationCodes;

    public bool IsCompanyWide => _locationCodes.Count == 0;

    public UserStatus Status { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    /// <summary>How this user hears about new results and letters; see <see cref="DefaultNoticeFrequency"/>.</summary>
    public NoticeFrequency NoticeFrequency { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public bool IsActiveAdmin => Role == UserRole.Admin && Status == UserStatus.Active;

    /// <summary>An active Admin of the whole company: the company always keeps one (<see cref="CompanyKeepsACompanyWideAdmin"/>).</summary>
    public bool IsActiveCompanyWideAdmin => IsActiveAdmin && IsCompanyWide;

    /// <summary>Whether the user sees the records of this location.</summary>
    public bool Sees(string locationCode) => IsCompanyWide || _locationCodes.Contains(locationCode, StringComparer.OrdinalIgnoreCase);

    public static PortalUser Invite(CompanyId companyId, string email, string firstName, string lastName, UserRole role, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        var user = new PortalUser
        {
            Id = PortalUserId.New(),
            CompanyId = companyId,
            Email = NormalizeEmail(email),
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            Role = role,
            Status = UserStatus.Invited,
            InvitedAt = now,
            NoticeFrequency = DefaultNoticeFrequency(role),
        };
        user.Raise(new UserInvited(user.Id, companyId, now));
        return user;
    }

    /// <summary>
    /// What a new user gets until they choose: an Admin, who answers for the account, hears at once; a View Only user
    /// gets one digest a day rather than nothing, so no result goes unnoticed and nobody's inbox fills up.
    /// </summary>
    public static NoticeFrequency DefaultNoticeFrequency(UserRole role) =>
        role == UserRole.Admin ? NoticeFrequency.Immediately : NoticeFrequency.DailyDigest;

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>The invitee set a password: the account becomes usable.</summary>
    public void Activate(DateTimeOffset now)
    {
        CheckRule(new OnlyAnInvitedUserCanBeActivated(Status));
        Status = UserStatus.Active;
        ActivatedAt = now;
        Raise(new UserActivated(Id, CompanyId, now));
    }

    /// <summary>Sends the invitation again (a new link; the old one stops working).</summary>
    public void Reinvite(DateTimeOffset now)
    {
        CheckRule(new InvitationMustBePending(Status));
        InvitedAt = now;
        Raise(new UserInvited(Id, CompanyId, now));
    }

    /// <summary>Withdraws a pending invitation: the invitee's link stops working and the user is removed.</summary>
    public void RevokeInvitation(PortalUserId actor, DateTimeOffset now)
    {
        CheckRule(new InvitationMustBePending(Status));
        Raise(new UserInvitationRevoked(Id, CompanyId, actor, now));
    }

    public void Rename(string firstName, string lastName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
    }

    /// <param name="actor">Who asks for the change.</param>
    /// <param name="companyWideAdmins">How many active company-wide Admins the company has now, this user included.</param>
    public void ChangeRole(UserRole newRole, PortalUserId actor, int companyWideAdmins, DateTimeOffset now)
    {
        CheckRule(new NobodyChangesTheirOwnAccess(Id, actor));
        if (Role == newRole)
        {
            return;
        }

        if (IsActiveCompanyWideAdmin)
        {
            CheckRule(new CompanyKeepsACompanyWideAdmin(companyWideAdmins));
        }

        var previous = Role;
        Role = newRole;
        Raise(new UserRoleChanged(Id, CompanyId, previous, newRole, actor, now));
    }

    /// <param name="companyWideAdmins">How many active company-wide Admins the company has now, this user included.</param>
    public void Disable(PortalUserId actor, int companyWideAdmins, DateTimeOffset now)
    {
        CheckRule(new NobodyChangesTheirOwnAccess(Id, actor));
        if (Status == UserStatus.Disabled)
        {
            return;
        }

        if (IsActiveCompanyWideAdmin)
        {
            CheckRule(new CompanyKeepsACompanyWideAdmin(companyWideAdmins));
        }

        Status = UserStatus.Disabled;
        Raise(new UserDisabled(Id, CompanyId, actor, now));
    }

    public void Enable(PortalUserId actor, DateTimeOffset now)
    {
        CheckRule(new NobodyChangesTheirOwnAccess(Id, actor));
        if (Status != UserStatus.Disabled)
        {
            return;
        }

        Status = ActivatedAt is null ? UserStatus.Invited : UserStatus.Active;
        Raise(new UserEnabled(Id, CompanyId, actor, now));
    }

    /// <summary>The company's first Admin, made at provisioning, is its first DER.</summary>
    public static PortalUser InviteFirstAdmin(CompanyId companyId, string email, string firstName, string lastName, DateTimeOffset now)
    {
        var admin = Invite(companyId, email, firstName, lastName, UserRole.Admin, now);
        admin.IsDer = true;
        return admin;
    }

    /// <summary>
    /// Limits an invited user, of either role, to some of the company's locations (their codes, checked by the caller
    /// against the company and against what the inviting Admin may grant).
    /// </summary>
    public void LimitToLocations(IEnumerable<string> locationCodes)
    {
        _locationCodes.Clear();
        _locationCodes.AddRange(NormalizedCodes(locationCodes));
    }

    /// <summary>
    /// An Admin changes which locations another user sees (none = company-wide); the caller has checked the codes against
    /// the company. Nobody changes their own, and the last active company-wide Admin stays company-wide.
    /// </summary>
    /// <param name="companyWideAdmins">How many active company-wide Admins the company has now, this user included.</param>
    public void ChangeLocations(IEnumerable<string> locationCodes, PortalUserId actor, int companyWideAdmins, DateTimeOffset now)
    {
        CheckRule(new NobodyChangesTheirOwnAccess(Id, actor));
        var codes = NormalizedCodes(locationCodes);
        if (codes.SequenceEqual(_locationCodes, StringComparer.Ordinal))
        {
            return;
        }

        if (IsActiveCompanyWideAdmin && codes.Count > 0)
        {
            CheckRule(new CompanyKeepsACompanyWideAdmin(companyWideAdmins));
        }

        var previous = _locationCodes.ToList();
        LimitToLocations(codes);
        Raise(new UserLocationsChanged(Id, CompanyId, previous, codes, actor, now));
    }

    private static List<string> NormalizedCodes(IEnumerable<string> locationCodes) =>
        locationCodes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>An Admin marks another user as a DER, or removes the mark; nobody changes their own.</summary>
    public void SetDerMark(bool isDer, PortalUserId actor, DateTimeOffset now)
    {
        CheckRule(new NobodyChangesTheirOwnAccess(Id, actor));
        if (IsDer == isDer)
        {
            return;
        }

        IsDer = isDer;
        Raise(new UserDerMarkChanged(Id, CompanyId, isDer, actor, now));
    }

    public void ChangeNoticeFrequency(NoticeFrequency frequency)
    {
        if (!Enum.IsDefined(frequency))
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Not a notice frequency.");
        }

        NoticeFrequency = frequency;
    }

    public void RecordSignIn(DateTimeOffset now) => LastSignInAt = now;

    /// <summary>An Admin may reset another user's two-factor sign-in, never their own (that is done on My profile).</summary>
    public void CheckMayResetTwoFactor(PortalUserId actor) => CheckRule(new NobodyResetsTheirOwnTwoFactor(Id, actor));
}

/// <summary>A user's locations changed; an empty list is company-wide.</summary>
public sealed record UserLocationsChanged(PortalUserId UserId, CompanyId CompanyId, IReadOnlyList<string> From, IReadOnlyList<string> To, PortalUserId ChangedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UserDerMarkChanged(PortalUserId UserId, CompanyId CompanyId, bool IsDer, PortalUserId ChangedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UserInvited(PortalUserId UserId, CompanyId CompanyId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UserInvitationRevoked(PortalUserId UserId, CompanyId CompanyId, PortalUserId RevokedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UserActivated(PortalUserId UserId, CompanyId CompanyId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UserRoleChanged(PortalUserId UserId, CompanyId CompanyId, UserRole From, UserRole To, PortalUserId ChangedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UserDisabled(PortalUserId UserId, CompanyId CompanyId, PortalUserId DisabledBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UserEnabled(PortalUserId UserId, CompanyId CompanyId, PortalUserId EnabledBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed class NobodyChangesTheirOwnAccess(PortalUserId target, PortalUserId actor) : IBusinessRule
{
    public string Message => "You cannot change your own role or status; ask another Admin.";

    public bool IsBroken() => target == actor;
}

public sealed class NobodyResetsTheirOwnTwoFactor(PortalUserId target, PortalUserId actor) : IBusinessRule
{
    public string Message => "You cannot reset your own two-factor authentication; manage it on My profile or ask another Admin.";

    public bool IsBroken() => target == actor;
}

/// <summary>
/// Someone must be able to manage every location's users and the company itself: the last active company-wide Admin
/// is not demoted, disabled or limited to locations.
/// </summary>
public sealed class CompanyKeepsACompanyWideAdmin(int companyWideAdmins) : IBusinessRule
{
    public string Message => "The company must keep at least one active Admin who sees every location.";

    public bool IsBroken() => companyWideAdmins <= 1;
}

public sealed class OnlyAnInvitedUserCanBeActivated(UserStatus status) : IBusinessRule
{
    public string Message => status == UserStatus.Disabled
        ? "This user has been disabled."
        : "This account is already active.";

    public bool IsBroken() => status != UserStatus.Invited;
}

public sealed class InvitationMustBePending(UserStatus status) : IBusinessRule
{
    public string Message => status == UserStatus.Disabled
        ? "This user is disabled; enable them before changing their invitation."
        : "This user has already accepted the invitation.";

    public bool IsBroken() => status != UserStatus.Invited;
}

