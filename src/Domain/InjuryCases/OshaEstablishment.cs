using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.InjuryCases;

public readonly record struct OshaEstablishmentId(Guid Value)
{
    public static OshaEstablishmentId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>What the Admin says of an establishment for the Form 300A of one calendar year.</summary>
public sealed record OshaEstablishmentDetails(
    string EstablishmentName,
    string Street,
    string City,
    string State,
    string PostalCode,
    string IndustryDescription,
    string NaicsCode,
    int AverageEmployees,
    long HoursWorked);

/// <summary>
/// The establishment details of one location (an OSHA establishment) for one calendar year, entered by an Admin for
/// the Form 300A summary: name, address, industry, NAICS code, annual average number of employees and total hours worked.
/// </summary>
public sealed class OshaEstablishment : AggregateRoot<OshaEstablishmentId>
{
    private OshaEstablishment()
    {
        LocationCode = null!;
        Details = null!;
    }

    public CompanyId CompanyId { get; private set; }

    public string LocationCode { get; private set; }

    public int Year { get; private set; }

    public OshaEstablishmentDetails Details { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static OshaEstablishment Record(CompanyId companyId, string locationCode, int year, OshaEstablishmentDetails details, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locationCode);
        var establishment = new OshaEstablishment
        {
            Id = OshaEstablishmentId.New(),
            CompanyId = companyId,
            LocationCode = locationCode.Trim().ToUpperInvariant(),
            Year = year,
            Details = null!,
        };
        establishment.Change(details, now);
        return establishment;
    }

    /// <summary>New details replace the old ones; the hours must be possible for the number of employees.</summary>
    public void Change(OshaEstablishmentDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new HoursWorkedFitTheEmployeesYear(details.AverageEmployees, details.HoursWorked, Year));
        Details = details with
        {
            EstablishmentName = details.EstablishmentName.Trim(),
            Street = details.Street.Trim(),
            City = details.City.Trim(),
            State = details.State.Trim().ToUpperInvariant(),
            PostalCode = details.PostalCode.Trim(),
            IndustryDescription = details.IndustryDescription.Trim(),
            NaicsCode = details.NaicsCode.Trim(),
        };
        UpdatedAt = now;
    }
}

/// <summary>No employee works more hours than the year has: the total is at most the average number of employees × the year's hours.</summary>
public sealed class HoursWorkedFitTheEmployeesYear(int averageEmployees, long hoursWorked, int year) : IBusinessRule
{
    public static long HoursIn(int year) => (DateTime.IsLeapYear(year) ? 366 : 365) * 24L;

    public string Message => $"{hoursWorked:N0} hours is more than {averageEmployees:N0} employees can work in {year} ({HoursIn(year):N0} hours each at most).";

    public bool IsBroken() => hoursWorked > Math.Max(1, averageEmployees) * HoursIn(year);
}

/// <summary>The OSHA 300 classification of a case (column G–J): the most serious outcome.</summary>
public enum OshaClassification
{
    Death,
    DaysAway,
    JobTransferOrRestriction,
    Other,
}

/// <summary>The incidence rates OSHA asks for: cases per 100 full-time workers (200,000 hours a year).</summary>
public static class OshaRates
{
    public const long HoursOfOneHundredWorkers = 200_000;

    /// <summary>(cases × 200,000) / hours worked; null without hours (no rate can be said).</summary>
    public static decimal? Rate(int cases, long? hoursWorked) =>
        hoursWorked is > 0 ? cases * (decimal)HoursOfOneHundredWorkers / hoursWorked.Value : null;

    /// <summary>Total recordable case rate: every case on the log.</summary>
    public static decimal? Trir(OshaTotals totals, long? hoursWorked) => Rate(totals.Cases, hoursWorked);

    /// <summary>Days away, restricted or transferred: the cases with days away or job transfer or restriction.</summary>
    public static decimal? Dart(OshaTotals totals, long? hoursWorked) => Rate(totals.DaysAwayCases + totals.JobTransferOrRestrictionCases, hoursWorked);
}

/// <summary>The 300A totals of a year's log.</summary>
public sealed record OshaTotals(int Deaths, int DaysAwayCases, int JobTransferOrRestrictionCases, int OtherCases, int DaysAway, int DaysRestricted)
{
    public int Cases => Deaths + DaysAwayCases + JobTransferOrRestrictionCases + OtherCases;

    public static OshaTotals Of(IEnumerable<(OshaClassification Classification, InjuryDayCounts Days)> rows)
    {
        var list = rows.ToList();
        return new OshaTotals(
            list.Count(r => r.Classification == OshaClassification.Death),
            list.Count(r => r.Classification == OshaClassification.DaysAway),
            list.Count(r => r.Classification == OshaClassification.JobTransferOrRestriction),
            list.Count(r => r.Classification == OshaClassification.Other),
            list.Sum(r => r.Days.DaysAway),
            list.Sum(r => r.Days.DaysRestricted));
    }
}

public static class OshaClassifications
{
    /// <summary>From the day counts: days away, else job transfer or restriction, else an other recordable case.</summary>
    public static OshaClassification Of(InjuryDayCounts counts) =>
        counts.DaysAway > 0 ? OshaClassification.DaysAway
        : counts.DaysRestricted > 0 ? OshaClassification.JobTransferOrRestriction
        : OshaClassification.Other;
}
