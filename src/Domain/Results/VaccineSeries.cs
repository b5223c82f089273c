namespace EmployerPortal.Domain.Results;

/// <summary>
/// A vaccine given as a series of doses on a schedule, by its code on a vaccine administration record: how many
/// doses, and when each falls due counted in months from the first (the CDC's adult schedules). A dose given late
/// moves the doses after it: each next dose falls due its schedule's gap after the dose before it.
/// </summary>
public sealed record VaccineSeries(string Code, string Name, IReadOnlyList<int> MonthsFromFirstDose)
{
    /// <summary>Hepatitis B (Engerix-B, Recombivax HB): three doses, at 0, 1 and 6 months.</summary>
    public static readonly VaccineSeries HepatitisB = new("HEPB", "Hepatitis B", [0, 1, 6]);

    /// <summary>Hepatitis B with the CpG adjuvant (Heplisav-B): two doses, a month apart.</summary>
    public static readonly VaccineSeries HepatitisBCpG = new("HEPB-CPG", "Hepatitis B (Heplisav-B)", [0, 1]);

    public static IReadOnlyList<VaccineSeries> All { get; } = [HepatitisB, HepatitisBCpG];

    public int Doses => MonthsFromFirstDose.Count;

    /// <summary>The series by its code, without regard to case or surrounding blanks; null when there is none.</summary>
    public static VaccineSeries? Find(string? code) =>
        All.FirstOrDefault(s => string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the series is complete once dose <paramref name="dose"/> is given.</summary>
    public bool IsCompletedBy(int dose) => dose >= Doses;

    /// <summary>When the dose after <paramref name="dose"/>, given on <paramref name="givenOn"/>, falls due; null when the series is then complete.</summary>
    public DateOnly? NextDoseDueOn(int dose, DateOnly givenOn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dose, 1);
        return IsCompletedBy(dose) ? null : givenOn.AddMonths(MonthsFromFirstDose[dose] - MonthsFromFirstDose[dose - 1]);
    }
}

/// <summary>Dose <paramref name="Dose"/> (from 1) of a vaccine series.</summary>
public sealed record VaccineDoseGiven(VaccineSeries Series, int Dose);

/// <summary>A vaccine dose as a vaccine administration record gives it: a series the portal knows and a dose of it.</summary>
public sealed class VaccineDoseIsOneOfItsSeries(ResultType type, string? vaccine, int? dose) : Common.IBusinessRule
{
    public string Message => (vaccine, dose) switch
    {
        _ when type != ResultType.VaccineAdministrationRecord => "Only a vaccine administration record names a vaccine and a dose.",
        (null, _) or (_, null) => "A vaccine and its dose go together: give both or neither.",
        _ when VaccineSeries.Find(vaccine) is null => $"The vaccine is one of {string.Join(", ", VaccineSeries.All.Select(s => s.Code))}.",
        _ => $"A {VaccineSeries.Find(vaccine)!.Name} series has doses 1 to {VaccineSeries.Find(vaccine)!.Doses}.",
    };

    public bool IsBroken() => (vaccine, dose) switch
    {
        (null, null) => false,
        (null, _) or (_, null) => true,
        _ when type != ResultType.VaccineAdministrationRecord => true,
        _ => VaccineSeries.Find(vaccine) is not { } series || dose < 1 || dose > series.Doses,
    };
}
