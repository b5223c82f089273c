using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Domain.Employees;

public enum EmploymentStatus
{
    Active = 0,
    Terminated = 1,
}

/// <summary>The programs an employee can be enrolled in; each brings its compliance items (see <see cref="ComplianceRules"/>).</summary>
public enum ComplianceProgram
{
    DotDriver = 0,
    RespiratorUser = 1,
    HearingConservation = 2,

    /// <summary>Medical surveillance (e.g. OSHA's lead, silica, benzene standards): a periodic exam at the interval ops sets for the company.</summary>
    MedicalSurveillance = 3,

    /// <summary>Bloodborne pathogens (OSHA 1910.1030): employees exposed to blood are offered the hepatitis B vaccine series.</summary>
    BloodbornePathogens = 4,
}

/// <summary>What the employer's HR system (or an Admin by hand) says about one employee.</summary>
public sealed record RosterEmployeeDetails(
    string EmployeeNumber,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string? Email,
    string? Phone,
    string? JobTitle,
    IReadOnlyList<string> LocationCodes,
    DateOnly? HireDate,
    EmploymentStatus Status,
    IReadOnlyList<ComplianceProgram> Programs);

/// <summary>
/// An employee on the company's roster (DESIGN §3): identified in the company by their employee id; visits and
/// authorizations are theirs when the employee id and date of birth agree. Works at one or more of the company's
/// locations and is enrolled in programs whose items compliance tracks.
/// </summary>
public sealed class RosterEmployee : AggregateRoot<RosterEmployeeId>
{
    private List<string> _locationCodes = [];
    private List<ComplianceProgram> _programs = [];

    private RosterEmployee()
    {
        EmployeeNumber = null!;
        FirstName = null!;
        LastName = null!;
    }

    public CompanyId CompanyId { get; private set; }

    /// <summary>The employer's employee id: unique in the company, stored trimmed and upper-case (ids compare without case).</summary>
    public string EmployeeNumber { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? JobTitle { get; private set; }

    public IReadOnlyList<string> LocationCodes => _locationCodes;

    public DateOnly? HireDate { get; private set; }

    public EmploymentStatus Status { get; private set; }

    public IReadOnlyList<ComplianceProgram> Programs => _programs;

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>"J. Doe": how calendar entries and notices name the employee.</summary>
    public string ShortName => $"{FirstName.Trim()[0]}. {LastName}";

    public static RosterEmployee Add(CompanyId companyId, RosterEmployeeDetails details, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.EmployeeNumber);
        var employee = new RosterEmployee
        {
            Id = RosterEmployeeId.New(),
            CompanyId = companyId,
            EmployeeNumber = NormalizeNumber(details.EmployeeNumber),
        };
        employee.Apply(details, today);
        return employee;
    }

    /// <summary>Takes the new details; the employee id stays. Returns whether anything changed.</summary>
    public bool Update(RosterEmployeeDetails details, DateOnly today)
    {
        CheckRule(new EmployeeIdCannotChange(EmployeeNumber, details.EmployeeNumber));
        var before = Snapshot();
        Apply(details, today);
        return before != Snapshot();
    }

    /// <summary>Whether a visit's or an authorization's person is this employee: same employee id and date of birth.</summary>
    public bool IsSamePersonAs(Employee person) =>
        person.EmployeeId is { } id
        && string.Equals(NormalizeNumber(id), NormalizeNumber(EmployeeNumber), StringComparison.Ordinal)
        && person.DateOfBirth == DateOfBirth;

    /// <summary>The compliance items this employee has to keep current: none once terminated.</summary>
    public IReadOnlyList<ComplianceItemKind> TrackedItems =>
        Status == EmploymentStatus.Terminated ? [] : ComplianceRules.ItemsOf(_programs);

    /// <summary>Employee ids compare without case and surrounding blanks: "e-1042" and "E-1042 " are one employee.</summary>
    public static string NormalizeNumber(string employeeNumber) => employeeNumber.Trim().ToUpperInvariant();

    private void Apply(RosterEmployeeDetails details, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.FirstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.LastName);
        CheckRule(new DateOfBirthMustBeInThePast(details.DateOfBirth, today));
        CheckRule(new EmployeeWorksAtALocation(details.LocationCodes));
        CheckRule(new HireDateCannotBeBeforeBirth(details.DateOfBirth, details.HireDate));
        FirstName = details.FirstName.Trim();
        LastName = details.LastName.Trim();
        DateOfBirth = details.DateOfBirth;
        Email = Blank(details.Email);
        Phone = Blank(details.Phone);
        JobTitle = Blank(details.JobTitle);
        _locationCodes = [.. details.LocationCodes.Select(CompanyLocation.NormalizeCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        HireDate = details.HireDate;
        Status = details.Status;
        _programs = [.. details.Programs.Distinct().Order()];
    }

    private string Snapshot() =>
        string.Join('|', FirstName, LastName, DateOfBirth, Email, Phone, JobTitle, string.Join(',', _locationCodes), HireDate, Status, string.Join(',', _programs));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class EmployeeWorksAtALocation(IReadOnlyList<string> locationCodes) : IBusinessRule
{
    public string Message => "Give at least one location the employee works at.";

    public bool IsBroken() => locationCodes.All(string.IsNullOrWhiteSpace);
}

public sealed class HireDateCannotBeBeforeBirth(DateOnly dateOfBirth, DateOnly? hireDate) : IBusinessRule
{
    public string Message => "The hire date must be after the date of birth.";

    public bool IsBroken() => hireDate is { } hired && hired <= dateOfBirth;
}

public sealed class EmployeeIdCannotChange(string current, string given) : IBusinessRule
{
    public string Message => $"The employee id {current} cannot be changed; add the employee under the new id instead.";

    public bool IsBroken() => !string.Equals(RosterEmployee.NormalizeNumber(current), RosterEmployee.NormalizeNumber(given), StringComparison.Ordinal);
}
