namespace EmployerPortal.Domain.Authorizations;

public enum AuthorizationReason
{
    Injury = 0,
    NonInjury = 1,
}

/// <summary>
/// What an injury authorization says about the injury: the date and what happened, and when known the time, the body
/// part and the employer's claim number. A visit made with the authorization joins (or opens) the employee's case with them.
/// </summary>
public sealed record InjuryDetails(DateOnly DateOfInjury, string Description, TimeOnly? TimeOfInjury = null, string? BodyPart = null, string? ClaimNumber = null)
{
    public const int MaxBodyPartLength = 100;

    public const int MaxClaimNumberLength = 50;
}
