using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Results;

public sealed class VisitStatusPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly OpsVisitsClient _ops = new(portal.OpsClient());

    [Fact]
    public async Task The_rows_endpoint_shows_a_status_pushed_by_ops_and_only_the_companys_visits()
    {
        var surname = "Status" + Guid.NewGuid().ToString("N")[..6];
        var visit = await _ops.RegisterVisitAsync(lastName: surname, scheduledAt: portal.Clock.GetUtcNow());
        var acme = await portal.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var globex = await portal.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        var page = await acme.GetStringAsync("/Visits");
        page.ShouldContain($"{surname}, Dana");

        (await _ops.ChangeStatusAsync(visit, "CheckedIn", portal.Clock.GetUtcNow())).EnsureSuccessStatusCode();
        var rows = await acme.GetStringAsync("/Visits?handler=Rows");

        var row = rows[rows.IndexOf(surname, StringComparison.Ordinal)..];
        row[..row.IndexOf("</tr>", StringComparison.Ordinal)].ShouldContain("data-testid=\"visit-status\">Checked in<");
        (await globex.GetStringAsync("/Visits?handler=Rows")).ShouldNotContain(surname);
        (await globex.GetStringAsync("/Visits")).ShouldNotContain(surname);
    }

    [Fact]
    public async Task Visits_filter_by_status_and_date()
    {
        var surname = "Filter" + Guid.NewGuid().ToString("N")[..6];
        var now = portal.Clock.GetUtcNow();
        var noShow = await _ops.RegisterVisitAsync(lastName: surname, scheduledAt: now.AddDays(-2));
        (await _ops.ChangeStatusAsync(noShow, "NoShow", now)).EnsureSuccessStatusCode();
        await _ops.RegisterVisitAsync(firstName: "Old", lastName: surname, scheduledAt: now.AddDays(-30));
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var lastMonth = TimeZoneInfo.ConvertTime(now.AddDays(-30), PortalFactory.AcmeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        (await client.GetStringAsync("/Visits?Status=NoShow")).ShouldContain($"{surname}, Dana");
        (await client.GetStringAsync("/Visits?Status=Completed")).ShouldNotContain(surname);
        (await client.GetStringAsync("/Visits")).ShouldNotContain($"{surname}, Old");
        (await client.GetStringAsync($"/Visits?From={lastMonth}&To={lastMonth}")).ShouldContain($"{surname}, Old");
    }

    [Fact]
    public async Task The_board_writes_no_show_in_words_and_its_timeline_starts_at_the_scheduled_time()
    {
        var surname = "Timeline" + Guid.NewGuid().ToString("N")[..6];
        var now = portal.Clock.GetUtcNow();
        var scheduledAt = now.AddHours(-3);
        var visit = await _ops.RegisterVisitAsync(lastName: surname, scheduledAt: scheduledAt);
        (await _ops.ChangeStatusAsync(visit, "NoShow", now.AddHours(-1))).EnsureSuccessStatusCode();
        var client = await portal.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);

        var rows = await client.GetStringAsync("/Visits?handler=Rows");

        var at = rows.IndexOf(surname, StringComparison.Ordinal);
        var row = rows[rows.LastIndexOf("<tr", at, StringComparison.Ordinal)..rows.IndexOf("</tr>", at, StringComparison.Ordinal)];
        row.ShouldContain("data-testid=\"visit-status\">No-show<");
        row.ShouldNotContain("NoShow");
        var steps = System.Text.RegularExpressions.Regex.Matches(row, "data-testid=\"timeline-step\">([^<]*)<span[^>]*>([^<]*)<")
            .Select(m => (Status: m.Groups[1].Value.Trim(), At: m.Groups[2].Value)).ToList();
        steps.Select(s => s.Status).ShouldBe(["Scheduled", "No-show"]);
        steps[0].At.ShouldMatch($"^{Local(scheduledAt)} C[SD]T$");
        steps[1].At.ShouldMatch($"^{Local(now.AddHours(-1))} C[SD]T$");
        var visitId = System.Text.RegularExpressions.Regex.Match(row, "data-visit-id=\"([0-9a-f-]+)\"").Groups[1].Value;
        (await client.GetStringAsync($"/Results/Employee/{visitId}")).ShouldContain("data-testid=\"employee-visit-status\">No-show<");
    }

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, PortalFactory.AcmeZone).ToString("MMM d, yyyy h:mm tt", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
}
