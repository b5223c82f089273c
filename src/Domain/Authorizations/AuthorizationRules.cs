using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Authorizations;

public sealed class InjuryRequiresDateOfInjury(AuthorizationReason reason, InjuryDetails? injury) : IBusinessRule
{
    public string Message => reason == AuthorizationReason.Injury
        ? "An injury authorization needs the date of injury."
        : "A non-injury authorization has no injury details.";

    public bool IsBroken() => (reason == AuthorizationReason.Injury) != (injury is not null);
}

public sealed class DateOfInjuryCannotBeInTheFuture(InjuryDetails? injury, DateOnly today) : IBusinessRule
{
    public string Message => "The date of injury cannot be in the future.";

    public bool IsBroken() => injury is not null && injury.DateOfInjury > today;
}

public sealed class AtLeastOneServiceMustBeAuthorized(IReadOnlyCollection<AuthorizedService> services) : IBusinessRule
{
    public string Message => "Authorize at least one service.";

    public bool IsBroken() => services.Count == 0;
}

public sealed class ValidUntilMustBeWithin90Days(DateOnly validUntil, DateOnly today) : IBusinessRule
{
    public string Message => $"The valid-until date must be between today and {Authorization.MaxValidityDays} days from today.";

    public bool IsBroken() => validUntil < today || validUntil > today.AddDays(Authorization.MaxValidityDays);
}

public sealed class AuthorizationCanOnlyBeUsedOnce(AuthorizationStatus status) : IBusinessRule
{
    public string Message => "This authorization has already been used.";

    public bool IsBroken() => status == AuthorizationStatus.Used;
}

public sealed class ExpiredAuthorizationCannotBeUsed(AuthorizationStatus status) : IBusinessRule
{
    public string Message => "This authorization has expired.";

    public bool IsBroken() => status == AuthorizationStatus.Expired;
}

public sealed class VoidedAuthorizationCannotBeUsed(AuthorizationStatus status) : IBusinessRule
{
    public string Message => "This authorization has been voided by the employer.";

    public bool IsBroken() => status == AuthorizationStatus.Voided;
}

public sealed class AuthorizationCannotBeVoidedOnceUsed(AuthorizationStatus status) : IBusinessRule
{
    public string Message => "This authorization has been used at a visit and can no longer be voided.";

    public bool IsBroken() => status == AuthorizationStatus.Used;
}

public sealed class AuthorizationAlreadyVoided(AuthorizationStatus status) : IBusinessRule
{
    public string Message => "This authorization is already voided.";

    public bool IsBroken() => status == AuthorizationStatus.Voided;
}

public sealed class OnlyAnActiveAuthorizationPastValidUntilExpires(AuthorizationStatus status, DateOnly validUntil, DateOnly today) : IBusinessRule
{
    public string Message => status == AuthorizationStatus.Active
        ? "This authorization is still valid."
        : $"This authorization is {status.ToString().ToLowerInvariant()} and cannot expire.";

    public bool IsBroken() => status != AuthorizationStatus.Active || today <= validUntil;
}

public sealed class OnlyAnActiveAuthorizationCanBeEmailed(AuthorizationStatus status) : IBusinessRule
{
    public string Message => $"This authorization is {status.ToString().ToLowerInvariant()}; only an active authorization can be emailed.";

    public bool IsBroken() => status != AuthorizationStatus.Active;
}

/// <summary>A DOT drug test is authorized with its reason (pre-employment, random…); no other authorization carries one.</summary>
public sealed class DotTestReasonGoesWithADotTest(IEnumerable<AuthorizedService> services, DotTestReason? reason) : IBusinessRule
{
    private readonly bool _needsReason = DotTesting.NeedsReason(services);

    public string Message => _needsReason
        ? "Choose the reason for the DOT test."
        : "A DOT test reason is given only when a DOT drug test is authorized.";

    public bool IsBroken() => _needsReason != (reason is not null);
}

/// <summary>A clinic chosen on an authorization performs every service it authorizes (any clinic is always possible).</summary>
public sealed class ChosenClinicPerformsTheServices(Clinic? clinic, IEnumerable<AuthorizedService> services) : IBusinessRule
{
    private readonly IReadOnlyList<AuthorizedService> _missing = clinic is { } chosen ? [.. services.Where(s => !chosen.Performs(s.ServiceCode))] : [];

    public string Message => $"{clinic?.Name} does not perform {string.Join(", ", _missing.Select(s => s.ServiceName))}; choose another clinic, or any clinic.";

    public bool IsBroken() => _missing.Count > 0;
}

/// <summary>A void says why, in at most <see cref="Authorization.MaxVoidReasonLength"/> characters.</summary>
public sealed class VoidingSaysWhy(string? reason) : IBusinessRule
{
    public string Message => string.IsNullOrWhiteSpace(reason)
        ? "Say why the authorization is voided."
        : $"The reason can be at most {Authorization.MaxVoidReasonLength} characters.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Authorization.MaxVoidReasonLength;
}
