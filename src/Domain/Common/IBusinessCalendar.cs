namespace EmployerPortal.Domain.Common;

/// <summary>
/// A company's calendar: which local day an instant falls on and when a local day begins. Rules about days
/// (report periods, valid-until) ask it, so the domain keeps instants while speaking the employer's dates.
/// </summary>
public interface IBusinessCalendar
{
    DateOnly DateOf(DateTimeOffset instant);

    /// <summary>The instant the local day <paramref name="date"/> begins.</summary>
    DateTimeOffset StartOf(DateOnly date);
}
