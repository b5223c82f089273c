using System.Globalization;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.InjuryCases.Specifications;
using EmployerPortal.Application.Results.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Domain.InjuryCases;
using EmployerPortal.Domain.Results;
using Mediator;

namespace EmployerPortal.Application.InjuryCases.Queries.GetOsha301;

/// <summary>
/// A case's OSHA Form 301 (Injury and Illness Incident Report), prefilled from the case, its first visit and the roster,
/// with what the Admin added; on screen, or as a file (CSV with one header row, or PDF).
/// </summary>
[RequiresPermission(Permission.ManageOshaRecords)]
public sealed record GetOsha301Query(Guid Id, OshaFormat Format = OshaFormat.Screen) : IQuery<Osha301Dto>;

/// <summary>What the portal fills in by itself; the Admin's <see cref="Osha301Report"/> value wins where given.</summary>
public sealed record Osha301Prefill(
    string CaseNumber,
    string LocationName,
    string EmployeeName,
    DateOnly DateOfBirth,
    DateOnly? HireDate,
    DateOnly InjuryDate,
    TimeOnly? TimeOfEvent,
    string? FacilityName,
    string? WhatHappened,
    string? InjuryOrIllness);

public sealed record Osha301Dto(Guid Id, Osha301Prefill Prefill, Osha301Report Entered, DateOnly Today, OshaFile? File)
{
    /// <summary>The form as it reads: one label and value per line, the Admin's value where given, else the prefilled one.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => GetOsha301Handler.FieldsOf(Prefill, Entered);
}

public sealed class GetOsha301Handler(
    IRepository<InjuryCase> injuryCases,
    IRepository<VisitResult> visits,
    IRepository<RosterEmployee> roster,
    IRepository<Company> companies,
    ICompanyClock companyClock,
    IPdfRenderer pdf) : IQueryHandler<GetOsha301Query, Osha301Dto>
{
    public const string NotGiven = "";

    public async ValueTask<Osha301Dto> Handle(GetOsha301Query query, CancellationToken cancellationToken)
    {
        var injuryCase = await injuryCases.FirstOrDefaultAsync(new InjuryCaseByIdSpec(new InjuryCaseId(query.Id)), cancellationToken)
            ?? throw new NotFoundException("Injury case");
        var calendar = await InjuryCaseCalendars.ForTenantAsync(companies, companyClock, cancellationToken);
        var firstVisit = injuryCase.Visits.Count == 0
            ? null
            : (await visits.ListAsync(new VisitResultsByIdsSpec([.. injuryCase.Visits.Select(v => v.VisitResultId)]), cancellationToken))
                .OrderBy(v => v.ScheduledAt).FirstOrDefault();
        var employee = injuryCase.Employee;
        var rosterEntry = employee.EmployeeId is { } number
            ? await roster.FirstOrDefaultAsync(new RosterEntryOfCaseEmployeeSpec(number, employee.DateOfBirth), cancellationToken)
            : null;
        var details = injuryCase.Details;
        var prefill = new Osha301Prefill(
            injuryCase.ExternalCaseId,
            calendar.NameOf(injuryCase.LocationCode),
            employee.FullName,
            employee.DateOfBirth,
            rosterEntry?.HireDate,
            details.InjuryDate,
            details.InjuryTime,
            firstVisit?.Clinic,
            details.Description,
            details.BodyPart);
        var file = query.Format switch
        {
            OshaFormat.Csv => new OshaFile(FileName(prefill, "csv"), "text/csv", Csv(prefill, injuryCase.Osha301)),
            OshaFormat.Pdf => new OshaFile(FileName(prefill, "pdf"), "application/pdf", pdf.Render(Print(prefill, injuryCase.Osha301))),
            _ => null,
        };
        return new Osha301Dto(injuryCase.Id.Value, prefill, injuryCase.Osha301, calendar.TodayAt(injuryCase.LocationCode), file);
    }

    /// <summary>The form's items in its order (employee, health care professional, case), numbered as on Form 301.</summary>
    /// <remarks>Dates read as the page and the PDF say them; <paramref name="iso"/> writes them yyyy-MM-dd, as a spreadsheet reads them.</remarks>
    public static IReadOnlyList<KeyValuePair<string, string>> FieldsOf(Osha301Prefill p, Osha301Report r, bool iso = false) =>
    [
        new("1) Full name", p.EmployeeName),
        new("2) Street", r.EmployeeStreet ?? NotGiven),
        new("City, state, ZIP", string.Join(" ", new[] { r.EmployeeCity is null ? null : r.EmployeeCity + ",", r.EmployeeState, r.EmployeePostalCode }.Where(s => s is not null))),
        new("3) Date of birth", Date(p.DateOfBirth, iso)),
        new("4) Date hired", Date(r.HireDate ?? p.HireDate, iso)),
        new("6) Physician or other health care professional", r.PhysicianName ?? NotGiven),
        new("7) Facility where treatment was given", r.FacilityName ?? p.FacilityName ?? NotGiven),
        new("Facility address", r.FacilityAddress ?? NotGiven),
        new("8) Treated in an emergency room?", YesNo(r.TreatedInEmergencyRoom)),
        new("9) Hospitalized overnight as an in-patient?", YesNo(r.HospitalizedOvernight)),
        new("10) Case number from the Log", p.CaseNumber),
        new("11) Date of injury or illness", Date(p.InjuryDate, iso)),
        new("12) Time employee began work", Time(r.TimeBeganWork)),
        new("13) Time of event", Time(p.TimeOfEvent)),
        new("14) What was the employee doing just before the incident occurred?", r.ActivityBefore ?? NotGiven),
        new("15) What happened?", r.WhatHappened ?? p.WhatHappened ?? NotGiven),
        new("16) What was the injury or illness?", r.InjuryOrIllness ?? p.InjuryOrIllness ?? NotGiven),
        new("17) What object or substance directly harmed the employee?", r.ObjectOrSubstance ?? NotGiven),
        new("18) If the employee died, when did death occur?", Date(r.DateOfDeath, iso)),
        new("Completed by", r.CompletedBy ?? NotGiven),
        new("Title", r.CompletedByTitle ?? NotGiven),
        new("Phone", r.CompletedByPhone ?? NotGiven),
        new("Date", Date(r.CompletedOn, iso)),
    ];

    /// <summary>One header row (the items), then the case's row.</summary>
    public static byte[] Csv(Osha301Prefill prefill, Osha301Report report)
    {
        var fields = FieldsOf(prefill, report, iso: true);
        return OshaYears.Csv([.. fields.Select(f => f.Key)], [[.. fields.Select(f => f.Value)]]);
    }

    private static PrintDocument Print(Osha301Prefill prefill, Osha301Report report)
    {
        var fields = FieldsOf(prefill, report).Select(f => new KeyValuePair<string, string>(f.Key, f.Value.Length == 0 ? "—" : f.Value)).ToList();
        return new(
            $"OSHA Form 301 — Injury and Illness Incident Report, case {prefill.CaseNumber}",
            [
                new PrintFields([new("Establishment", prefill.LocationName)]),
                new PrintHeading("Information about the employee"),
                new PrintFields(fields[..5]),
                new PrintHeading("Information about the physician or other health care professional"),
                new PrintFields(fields[5..10]),
                new PrintHeading("Information about the case"),
                new PrintFields(fields[10..19]),
                new PrintHeading("Completed by"),
                new PrintFields(fields[19..]),
                new PrintParagraph("Attention: this form contains information relating to employee health and must be used in a manner that protects the confidentiality of employees to the extent possible while the information is being used for occupational safety and health purposes."),
            ]);
    }

    private static string FileName(Osha301Prefill prefill, string extension) =>
        $"OSHA 301 case {new string([.. prefill.CaseNumber.Where(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_')])}.{extension}";

    private static string Date(DateOnly? date, bool iso) => date switch
    {
        null => NotGiven,
        { } d when iso => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } d => LocalTime.FormatDate(d),
    };

    private static string Time(TimeOnly? time) => time is { } t ? t.ToString("h:mm tt", CultureInfo.GetCultureInfo("en-US")) : NotGiven;

    private static string YesNo(bool? answer) => answer switch { true => "Yes", false => "No", null => NotGiven };
}
