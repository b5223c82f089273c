namespace EmployerPortal.Domain.Authorizations;

/// <summary>A service from the catalog the employer authorizes, with an optional detail such as the drug panel.</summary>
public sealed record AuthorizedService(string ServiceCode, string ServiceName, string? Detail = null);

/// <summary>The authorization was emailed to this address at this time.</summary>
public sealed record AuthorizationEmail(string To, DateTimeOffset SentAt);
