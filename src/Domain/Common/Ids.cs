namespace EmployerPortal.Domain.Common;

public readonly record struct CompanyId(Guid Value)
{
    public static CompanyId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct PortalUserId(Guid Value)
{
    public static PortalUserId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct AuthorizationId(Guid Value)
{
    public static AuthorizationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct VisitResultId(Guid Value)
{
    public static VisitResultId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct RosterEmployeeId(Guid Value)
{
    public static RosterEmployeeId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct ServicePackageId(Guid Value)
{
    public static ServicePackageId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
