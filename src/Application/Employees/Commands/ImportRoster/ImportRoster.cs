using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Employees.Specifications;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Employees;
using FluentValidation;
using Mediator;

namespace EmployerPortal.Application.Employees.Commands.ImportRoster;

/// <summary>
/// An Admin uploads the roster from their HR system: every row is checked, and the answer says by line what is wrong
/// and, when nothing is, how many employees would be added and updated. Nothing is written to the roster: the file
/// waits under <see cref="RosterImportPreview.Token"/> for <see cref="ApplyRosterImportCommand"/>.
/// </summary>
[RequiresPermission(Permission.ManageRoster)]
public sealed record PreviewRosterImportCommand(string? Content) : ICommand<RosterImportPreview>;

/// <summary>
/// The Admin confirms a previewed file: each row updates the employee with its employee id or adds one, all in one
/// transaction. The file is checked again; if anything is wrong now (a location removed since), nothing is written.
/// </summary>
[RequiresPermission(Permission.ManageRoster)]
public sealed record ApplyRosterImportCommand(string? Token) : ICommand<RosterImportResult>;

/// <summary>What the file would do; <see cref="Token"/> is null when it has errors and cannot be applied.</summary>
public sealed record RosterImportPreview(
    string? Token,
    int Rows,
    int ToAdd,
    int ToUpdate,
    int Unchanged,
    IReadOnlyList<RosterImportError> Errors,
    int ErrorCount)
{
    public const int ErrorsShown = 200;

    public bool CanApply => Token is not null;
}

public sealed record RosterImportResult(int Added, int Updated, int Unchanged);

public sealed class RosterImportHandlers(
    IRepository<RosterEmployee> roster,
    IRepository<Company> companies,
    IRosterImportFiles files,
    ICurrentUser currentUser,
    ICompanyClock clocks) :
    ICommandHandler<PreviewRosterImportCommand, RosterImportPreview>,
    ICommandHandler<ApplyRosterImportCommand, RosterImportResult>
{
    public async ValueTask<RosterImportPreview> Handle(PreviewRosterImportCommand command, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(command.Content ?? string.Empty, cancellationToken);
        var token = plan.Errors.Count == 0 && plan.Rows.Count > 0
            ? await files.SaveAsync(currentUser.RequireCompanyId(), command.Content!, cancellationToken)
            : null;
        return plan.ToPreview(token);
    }

    public async ValueTask<RosterImportResult> Handle(ApplyRosterImportCommand command, CancellationToken cancellationToken)
    {
        var content = string.IsNullOrWhiteSpace(command.Token) ? null : await files.ReadAsync(currentUser.RequireCompanyId(), command.Token, cancellationToken);
        if (content is null)
        {
            throw ValidationFailedException.ForField(nameof(command.Token), "This preview is no longer available; upload the file again.");
        }

        var plan = await PlanAsync(content, cancellationToken);
        if (plan.Errors.Count > 0)
        {
            throw ValidationFailedException.ForField("File", $"The file has {plan.Errors.Count} error(s) now; upload it again to see them. Nothing was imported.");
        }

        int added = 0, updated = 0, unchanged = 0;
        foreach (var (details, existing) in plan.Rows)
        {
            if (existing is null)
            {
                roster.Add(RosterEmployee.Add(currentUser.RequireCompanyId(), details, plan.Today));
                added++;
            }
            else if (existing.Update(details, plan.Today))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        return new RosterImportResult(added, updated, unchanged);
    }

    private async Task<ImportPlan> PlanAsync(string content, CancellationToken cancellationToken)
    {
        var today = (await clocks.ForTenantAsync(cancellationToken)).Today;
        var (rows, fileErrors) = RosterCsv.Read(new StringReader(content));
        var errors = new List<RosterImportError>(fileErrors);
        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new RosterImportError(2, null, "The file has a header but no employees."));
        }

        var codes = await RosterLocations.CodesTheUserManagesAsync(companies, currentUser, cancellationToken);
        var validator = new RosterEmployeeInputValidator(codes);
        var existing = (await roster.ListAsync(new RosterEmployeesSpec(), cancellationToken)).ToDictionary(e => e.EmployeeNumber, StringComparer.Ordinal);
        var numbers = rows.Select(r => RosterEmployee.NormalizeNumber(r.Input.EmployeeId ?? "")).Where(n => n.Length > 0 && !existing.ContainsKey(n)).Distinct().ToList();
        var takenElsewhere = numbers.Count == 0 ? [] : (await roster.ListAsync(new RosterNumbersTakenSpec(numbers), cancellationToken))
            .Select(e => e.EmployeeNumber).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<(RosterEmployeeDetails, RosterEmployee?)>(rows.Count);
        int toAdd = 0, toUpdate = 0, same = 0;
        foreach (var row in rows)
        {
            var result = validator.Validate(row.Input);
            if (!result.IsValid)
            {
                errors.AddRange(result.Errors.Select(e => new RosterImportError(row.Line, RosterCsvColumn(e.PropertyName), e.ErrorMessage)));
                continue;
            }

            var details = row.Input.ToDetails();
            var number = RosterEmployee.NormalizeNumber(details.EmployeeNumber);
            if (seen.TryGetValue(number, out var firstLine))
            {
                errors.Add(new RosterImportError(row.Line, "employee_id", $"Employee id {number} is also on line {firstLine}; each employee once."));
                continue;
            }

            seen[number] = row.Line;
            if (takenElsewhere.Contains(number))
            {
                errors.Add(new RosterImportError(row.Line, "employee_id", $"Employee id {number} belongs to an employee at a location you do not manage; an Admin who sees every location can update them."));
                continue;
            }

            var current = existing.GetValueOrDefault(number);
            try
            {
                // The aggregate's rules decide; on a copy, so the preview changes nothing.
                var trial = RosterEmployee.Add(currentUser.RequireCompanyId(), details, today);
                if (current is null)
                {
                    toAdd++;
                }
                else if (Differs(current, trial))
                {
                    toUpdate++;
                }
                else
                {
                    same++;
                }
            }
            catch (BusinessRuleViolationException broken)
            {
                errors.Add(new RosterImportError(row.Line, RosterCsvColumn(RosterRuleFields.FieldOf(broken.RuleName)), broken.Message));
                continue;
            }

            planned.Add((details, current));
        }

        return new ImportPlan(today, rows.Count, planned, errors, toAdd, toUpdate, same);
    }

    private static bool Differs(RosterEmployee current, RosterEmployee incoming) =>
        RosterEmployeeInput.From(current) with { EmployeeId = null } != RosterEmployeeInput.From(incoming) with { EmployeeId = null };

    private static string? RosterCsvColumn(string? property) => property switch
    {
        null => null,
        nameof(RosterEmployeeInput.EmployeeId) => "employee_id",
        nameof(RosterEmployeeInput.FirstName) => "first_name",
        nameof(RosterEmployeeInput.LastName) => "last_name",
        nameof(RosterEmployeeInput.DateOfBirth) => "date_of_birth",
        nameof(RosterEmployeeInput.JobTitle) => "job_title",
        nameof(RosterEmployeeInput.HireDate) => "hire_date",
        var other => other.ToLowerInvariant(),
    };

    private sealed record ImportPlan(
        DateOnly Today,
        int RowCount,
        IReadOnlyList<(RosterEmployeeDetails Details, RosterEmployee? Existing)> Rows,
        IReadOnlyList<RosterImportError> Errors,
        int ToAdd,
        int ToUpdate,
        int Unchanged)
    {
        public RosterImportPreview ToPreview(string? token) =>
            new(token, RowCount, ToAdd, ToUpdate, Unchanged, [.. Errors.OrderBy(e => e.Line).Take(RosterImportPreview.ErrorsShown)], Errors.Count);
    }
}

public sealed class PreviewRosterImportValidator : AbstractValidator<PreviewRosterImportCommand>
{
    public PreviewRosterImportValidator() =>
        RuleFor(c => c.Content).NotEmpty().WithName("File").WithMessage("Choose the CSV file exported from your HR system.");
}
