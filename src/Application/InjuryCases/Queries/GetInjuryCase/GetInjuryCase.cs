using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Application.Results;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Queries.GetInjuryCase;

/// <summary>One case with its injury, work-status history and visits; another company's or location's case is not found.</summary>
[RequiresPermission(Permission.ViewInjuryCases)]
public sealed record GetInjuryCaseQuery(Guid Id) : IQuery<InjuryCaseDetailDto>;

public sealed record InjuryCaseDetailDto(
    InjuryCaseSummaryDto Summary,
    TimeOnly? InjuryTime,
    string? BodyPart,
    string? ClaimNumber,
    string? Carrier,
    string? Description,
    bool? OshaRecordable,
    bool OshaPrivacyCase,
    Osha300Correction OshaCorrection,
    IReadOnlyList<CaseWorkStatusDto> WorkStatuses,
    IReadOnlyList<CaseVisitDto> Visits,
    IReadOnlyList<CaseTimelineEntryDto> Timeline);

public sealed record CaseWorkStatusDto(WorkStatus Status, IReadOnlyList<string> Restrictions, DateOnly EffectiveFrom, DateTimeOffset? NextAppointmentAt, DateOnly? ExpectedFullDutyOn, DateTimeOffset RecordedAt)
{
    public string StatusName => WorkStatusNames.Of(Status);
}

public sealed record CaseVisitDto(Guid VisitId, DateTimeOffset ScheduledAt, string Clinic, VisitStatus Status, IReadOnlyList<CaseDocumentDto> Documents);

/// <summary>A document of a case's visit; <see cref="Outcome"/> is null when the document has none (a letter, a report).</summary>
public sealed record CaseDocumentDto(Guid DocumentId, string DisplayName, ResultOutcome? Outcome, DateTimeOffset ReceivedAt);

/// <summary>What happened, in order: visits, work statuses, documents and the closing.</summary>
public sealed record CaseTimelineEntryDto(DateTimeOffset At, CaseTimelineKind Kind, string Text, Guid? VisitId = null, Guid? DocumentId = null);

public enum CaseTimelineKind
{
    Visit,
    WorkStatus,
    Document,
    Closed,
}

public sealed class GetInjuryCaseHandler(
    IRepository<InjuryCase> injuryCases,
    IRepository<VisitResult> visits,
    IRepository<Company> companies,
    ICompanyClock companyClock) : IQueryHandler<GetInjuryCaseQuery, InjuryCaseDetailDto>
{
    public async ValueTask<InjuryCaseDetailDto> Handle(GetInjuryCaseQuery query, CancellationToken cancellationToken)
    {
        var injuryCase = await injuryCases.FirstOrDefaultAsync(new InjuryCaseByIdSpec(new InjuryCaseId(query.Id)), cancellationToken)
            ?? throw new NotFoundException("Injury case");
        var calendar = await InjuryCaseCalendars.ForTenantAsync(companies, companyClock, cancellationToken);
        var caseVisits = await visits.ListAsync(new VisitResultsByIdsSpec([.. injuryCase.Visits.Select(v => v.VisitResultId)]), cancellationToken);

        var statuses = injuryCase.History
            .Select(e => new CaseWorkStatusDto(e.Status, e.Restrictions, e.EffectiveFrom, e.NextAppointmentAt, e.ExpectedFullDutyOn, e.RecordedAt))
            .ToList();
        var visitDtos = caseVisits.Select(v => new CaseVisitDto(
                v.Id.Value,
                v.ScheduledAt,
                v.Clinic,
                v.Status,
                [.. v.Documents.OrderBy(d => d.ReceivedAt).Select(d => new CaseDocumentDto(d.Id.Value, d.Title, d.Outcome, d.ReceivedAt))]))
            .ToList();

        var timeline = new List<CaseTimelineEntryDto>();
        foreach (var visit in visitDtos)
        {
            timeline.Add(new(visit.ScheduledAt, CaseTimelineKind.Visit, $"Visit at {visit.Clinic} ({visit.Status.DisplayName()})", visit.VisitId));
            timeline.AddRange(visit.Documents.Select(d => new CaseTimelineEntryDto(d.ReceivedAt, CaseTimelineKind.Document, d.DisplayName, visit.VisitId, d.DocumentId)));
        }

        timeline.AddRange(statuses.Select(s => new CaseTimelineEntryDto(
            s.RecordedAt,
            CaseTimelineKind.WorkStatus,
            $"{s.StatusName} from {LocalTime.FormatDate(s.EffectiveFrom)}{(s.Restrictions.Count > 0 ? ": " + string.Join("; ", s.Restrictions) : string.Empty)}")));
        if (injuryCase.ClosedAt is { } closedAt)
        {
            timeline.Add(new(closedAt, CaseTimelineKind.Closed, $"Case closed from {LocalTime.FormatDate(injuryCase.ClosedOn!.Value)}"));
        }

        return new InjuryCaseDetailDto(
            calendar.Summarize(injuryCase),
            injuryCase.Details.InjuryTime,
            injuryCase.Details.BodyPart,
            injuryCase.Details.ClaimNumber,
            injuryCase.Details.Carrier,
            injuryCase.Details.Description,
            injuryCase.OshaRecordable,
            injuryCase.OshaPrivacyCase,
            injuryCase.OshaCorrection,
            statuses,
            visitDtos,
            [.. timeline.OrderBy(t => t.At).ThenBy(t => t.Kind)]);
    }
}
