using System.Diagnostics;
using System.Globalization;
using System.Text;
using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Commands.ProvisionCompany;
using EmployerPortal.Application.Employees.Commands.ImportRoster;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using EmployerPortal.Infrastructure.Persistence;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace EmployerPortal.Benchmarks;

/// <summary>
/// <c>EmployerPortal.Benchmarks roster-import DIR [ROWS]</c> (build/import-bench.sh): a fresh SQLite portal, one company,
/// a roster CSV of ROWS employees (10,000 by default) previewed and applied as its Admin would, then the same file
/// again (every row an update check). Prints each step's time and the process's peak resident memory; asserts nothing.
/// </summary>
public static class RosterImportBench
{
    public const string Command = "roster-import";

    public static async Task<int> RunAsync(string directory, int rows)
    {
        var data = Path.Combine(Path.GetFullPath(directory), "roster-import");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        await using var portal = PortalHost.Create(Path.Combine(data, "portal.db"), data);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        var company = await SendAsync(portal, FixedActor.System, new ProvisionCompanyCommand(
            "900900", "Bench Freight", "(214) 555-0100", new AddressInput("1 Bench Way", null, "Dallas", "TX", "75202"), new FirstAdminInput("admin@bench.example", "Bea", "Bench")));
        var admin = FixedActor.Employer(new PortalUserId(company.FirstAdminUserId), new CompanyId(company.CompanyId), UserRole.Admin);
        var csv = Csv(rows);
        Console.WriteLine($"Roster import of {rows:N0} rows ({csv.Length / 1024:N0} KB of CSV), SQLite, one transaction per apply");

        var first = await MeasureAsync("first file: preview", () => SendAsync(portal, admin, new PreviewRosterImportCommand(csv)));
        await MeasureAsync("first file: apply (all added)", () => SendAsync(portal, admin, new ApplyRosterImportCommand(first.Token)));
        var again = await MeasureAsync("same file: preview", () => SendAsync(portal, admin, new PreviewRosterImportCommand(csv)));
        await MeasureAsync("same file: apply (all unchanged)", () => SendAsync(portal, admin, new ApplyRosterImportCommand(again.Token)));
        Console.WriteLine($"peak resident memory of the process: {Status("VmHWM") / (1024 * 1024):N0} MB; managed bytes allocated: {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MB");
        return 0;
    }

    private static string Csv(int rows)
    {
        var csv = new StringBuilder("employee_id,first_name,last_name,date_of_birth,email,phone,job_title,locations,hire_date,status,programs\r\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"B-{i:00000},First{i},Last{i % 997},{new DateOnly(1960, 1, 1).AddDays(i % 15000):yyyy-MM-dd},e{i}@bench.example,(214) 555-{i % 10000:0000},Driver,MAIN,2020-01-06,Active,{(i % 3 == 0 ? "DOT driver" : "Hearing conservation")}\r\n");
        }

        return csv.ToString();
    }

    private static async Task<T> MeasureAsync<T>(string step, Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        Console.WriteLine($"  {step,-34} {watch.Elapsed.TotalSeconds,8:N2} s   ({result})");
        return result;
    }

    private static async Task<TResponse> SendAsync<TResponse>(PortalHost portal, ICurrentUser actor, IMessage message)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().RunAs(actor);
        return (TResponse)(await scope.ServiceProvider.GetRequiredService<ISender>().Send(message))!;
    }

    private static Task<ProvisionedCompany> SendAsync(PortalHost portal, ICurrentUser actor, ProvisionCompanyCommand command) => SendAsync<ProvisionedCompany>(portal, actor, (IMessage)command);

    private static Task<RosterImportPreview> SendAsync(PortalHost portal, ICurrentUser actor, PreviewRosterImportCommand command) => SendAsync<RosterImportPreview>(portal, actor, (IMessage)command);

    private static Task<RosterImportResult> SendAsync(PortalHost portal, ICurrentUser actor, ApplyRosterImportCommand command) => SendAsync<RosterImportResult>(portal, actor, (IMessage)command);

    private static long Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
