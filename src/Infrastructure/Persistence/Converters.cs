using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EmployerPortal.Infrastructure.Persistence;

internal static class StronglyTypedIdConverters
{
    internal sealed class CompanyIdConverter() : ValueConverter<CompanyId, Guid>(id => id.Value, value => new CompanyId(value));

    internal sealed class PortalUserIdConverter() : ValueConverter<PortalUserId, Guid>(id => id.Value, value => new PortalUserId(value));

    internal sealed class AuthorizationIdConverter() : ValueConverter<AuthorizationId, Guid>(id => id.Value, value => new AuthorizationId(value));

    internal sealed class ResultDocumentIdConverter() : ValueConverter<ResultDocumentId, Guid>(id => id.Value, value => new ResultDocumentId(value));

    internal sealed class InjuryCaseIdConverter() : ValueConverter<Domain.InjuryCases.InjuryCaseId, Guid>(id => id.Value, value => new Domain.InjuryCases.InjuryCaseId(value));

    internal sealed class OshaEstablishmentIdConverter() : ValueConverter<Domain.InjuryCases.OshaEstablishmentId, Guid>(id => id.Value, value => new Domain.InjuryCases.OshaEstablishmentId(value));

    internal sealed class VisitResultIdConverter() : ValueConverter<VisitResultId, Guid>(id => id.Value, value => new VisitResultId(value));

    internal sealed class ServicePackageIdConverter() : ValueConverter<ServicePackageId, Guid>(id => id.Value, value => new ServicePackageId(value));

    internal sealed class RosterEmployeeIdConverter() : ValueConverter<RosterEmployeeId, Guid>(id => id.Value, value => new RosterEmployeeId(value));
}

/// <summary>Stores a moment as UTC ticks: SQLite then orders and compares it correctly.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

/// <summary>Writes a moment as its UTC instant: PostgreSQL's <c>timestamp with time zone</c> takes offset 0 only.</summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
