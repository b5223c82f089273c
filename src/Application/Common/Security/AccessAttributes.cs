namespace EmployerPortal.Application.Common.Security;

/// <summary>Base of the attributes with which every message declares who may send it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public abstract class MessageAccessAttribute : Attribute;

/// <summary>An employer user whose role grants the permission; the message acts on that user's company.</summary>
public sealed class RequiresPermissionAttribute(Permission permission) : MessageAccessAttribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>Any signed-in employer user, whatever the role (their own profile, say).</summary>
public sealed class SignedInUserAttribute : MessageAccessAttribute;

/// <summary>An ops API client whose key carries the scope.</summary>
public sealed class OpsClientAttribute(string scope) : MessageAccessAttribute
{
    public string Scope { get; } = scope;
}

/// <summary>Anyone, signed in or not (the public account request form, password reset).</summary>
public sealed class AnonymousAccessAttribute : MessageAccessAttribute;

/// <summary>Only the application itself: scheduled jobs, seeding.</summary>
public sealed class SystemOnlyAttribute : MessageAccessAttribute;

/// <summary>The scopes an ops API key can carry.</summary>
public static class OpsScopes
{
    public const string Companies = "companies";
    public const string Visits = "visits";
    public const string Authorizations = "authorizations";
    public const string AccountRequests = "account-requests";

    /// <summary>The Hangfire dashboard at <c>/ops/jobs</c> (trigger, delete and retry jobs): no message declares it.</summary>
    public const string Jobs = "jobs";

    /// <summary>The Prometheus scrape endpoint at <c>/metrics</c>: no message declares it.</summary>
    public const string Metrics = "metrics";

    public static readonly IReadOnlyList<string> All = [Companies, Visits, Authorizations, AccountRequests, Jobs, Metrics];
}
