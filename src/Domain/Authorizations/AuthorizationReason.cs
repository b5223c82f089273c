namespace EmployerPortal.Domain.Authorizations;

public enum AuthorizationReason
{
    Injury = 0,
    NonInjury = 1,
}

/// <summary>What an injury authorization says about the injury.</summary>
public sealed record InjuryDetails(DateOnly DateOfInjury, string Description);
