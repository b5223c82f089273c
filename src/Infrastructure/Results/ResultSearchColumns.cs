using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Results;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EmployerPortal.Infrastructure.Results;

/// <summary>
/// Columns that exist for search only, as EF shadow properties: a copy on each result document of what the results
/// list filters and sorts on (company, employee name keys, employee id, visit date, category), so each filter is one
/// composite index on one table; and an employee key on each visit for the employee view. The aggregate knows
/// nothing of them; <see cref="ResultSearchColumnsInterceptor"/> fills them in when rows are added.
/// </summary>
internal static class ResultSearchColumns
{
    public const string CompanyId = "CompanyId";
    public const string VisitResultId = "VisitResultId";
    public const string EmployeeLastFirstKey = "EmployeeLastFirstKey";
    public const string EmployeeFirstLastKey = "EmployeeFirstLastKey";
    public const string EmployeeNumber = "EmployeeNumber";
    public const string VisitDate = "VisitDate";
    public const string Category = "Category";

    /// <summary>On ResultDocuments: the visit's location, for location scope (TenantQueryFilters).</summary>
    public const string LocationCode = "LocationCode";

    /// <summary>On VisitResults: who the employee is, for "every visit of this employee".</summary>
    public const string EmployeeKey = "EmployeeKey";

    public const int EmployeeKeyMaxLength = 250;

    /// <summary>
    /// One person, one key: the employee id and date of birth when ops sent an id (the same id with another date of
    /// birth is another person); otherwise the name key and date of birth.
    /// </summary>
    public static string EmployeeKeyOf(Domain.Common.Employee employee) =>
        EmployeeIdKeyPrefixOf(employee) is { } prefix
            ? $"{prefix}{employee.DateOfBirth:yyyy-MM-dd}"
            : $"n:{EmployeeNameKey.LastFirst(employee.FirstName, employee.LastName)}|{employee.DateOfBirth:yyyy-MM-dd}";

    /// <summary>What the keys of everyone with this employee id start with, whatever their date of birth; null without an id.</summary>
    public static string? EmployeeIdKeyPrefixOf(Domain.Common.Employee employee) =>
        string.IsNullOrWhiteSpace(employee.EmployeeId) ? null : $"e:{employee.EmployeeId.Trim().ToUpperInvariant()}|";

    /// <summary>The visit's business date: the day of its scheduled time in its location's zone.</summary>
    public static DateOnly VisitDateOf(VisitResult visit, CompanyTimeZone zone) => new LocalTime(zone).DateOf(visit.ScheduledAt);

    /// <summary>The zone of the visit's location (a Phoenix terminal keeps MST all year), else the company's.</summary>
    private static CompanyTimeZone ZoneOf(DbContext db, Domain.Common.CompanyId companyId, string locationCode) =>
        (db.Set<Company>().Local.FirstOrDefault(c => c.Id == companyId)
            ?? db.Set<Company>().AcrossCompanies().AsNoTracking().Single(c => c.Id == companyId))
        .ZoneOf(locationCode);

    public static void Fill(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var zones = new Dictionary<(Domain.Common.CompanyId, string), CompanyTimeZone>();
        foreach (var visitEntry in db.ChangeTracker.Entries<VisitResult>())
        {
            var visit = visitEntry.Entity;
            if (visitEntry.State == EntityState.Added)
            {
                visitEntry.Property(EmployeeKey).CurrentValue = EmployeeKeyOf(visit.Employee);
            }

            foreach (var document in visit.Documents)
            {
                var entry = db.Entry(document);
                if (entry.State != EntityState.Added)
                {
                    continue;
                }

                entry.Property(CompanyId).CurrentValue = visit.CompanyId;
                entry.Property(EmployeeLastFirstKey).CurrentValue = EmployeeNameKey.LastFirst(visit.Employee.FirstName, visit.Employee.LastName);
                entry.Property(EmployeeFirstLastKey).CurrentValue = EmployeeNameKey.FirstLast(visit.Employee.FirstName, visit.Employee.LastName);
                entry.Property(EmployeeNumber).CurrentValue = visit.Employee.EmployeeId;
                if (!zones.TryGetValue((visit.CompanyId, visit.LocationCode), out var zone))
                {
                    zones[(visit.CompanyId, visit.LocationCode)] = zone = ZoneOf(db, visit.CompanyId, visit.LocationCode);
                }

                entry.Property(VisitDate).CurrentValue = VisitDateOf(visit, zone);
                entry.Property(Category).CurrentValue = visit.Category;
                entry.Property(LocationCode).CurrentValue = visit.LocationCode;
            }
        }
    }
}

/// <summary>Fills the search columns of added visits and documents just before they are saved.</summary>
internal sealed class ResultSearchColumnsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            ResultSearchColumns.Fill(db);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            ResultSearchColumns.Fill(db);
        }

        return ValueTask.FromResult(result);
    }
}
