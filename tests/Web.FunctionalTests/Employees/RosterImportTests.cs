using System.Net;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Web.FunctionalTests.Employees;

/// <summary>The roster import: a preview by line that writes nothing, then update-or-add in one transaction on confirm.</summary>
public sealed class RosterImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> CountAsync(params string[] numbers) =>
        factory.WithDbAsync(db => db.RosterEmployees.CountAsync(e => numbers.Contains(e.EmployeeNumber)));

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_with_each_error_by_line_and_nothing_is_written()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var (good, bad, dup) = (RosterClient.NewNumber(), RosterClient.NewNumber(), RosterClient.NewNumber());
        var csv = string.Join("\r\n",
            RosterClient.Header,
            RosterClient.Row(good),
            RosterClient.Row(bad, dateOfBirth: "21/06/1988"),
            RosterClient.Row(dup),
            RosterClient.Row(dup, locations: "NOWHERE"),
            RosterClient.Row(RosterClient.NewNumber(), programs: "Forklift"),
            RosterClient.Row(RosterClient.NewNumber(), dateOfBirth: factory.AcmeToday.AddDays(1).ToString("yyyy-MM-dd")));

        var response = await RosterClient.PreviewAsync(admin, csv);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        RosterClient.TokenOf(html).ShouldBeNull();
        var errors = RosterClient.ErrorsOf(html);
        errors.Select(e => e.Line).ShouldBe([3, 5, 6, 7]);
        errors[0].Message.ShouldContain("date of birth as yyyy-MM-dd");
        errors[1].Message.ShouldContain("no location NOWHERE");
        errors[2].Message.ShouldContain("Programs are DOT driver");
        errors[3].Message.ShouldBe("The date of birth must be in the past.");
        (await CountAsync(good, bad, dup)).ShouldBe(0);
    }

    [Fact]
    public async Task A_repeated_employee_id_is_reported_on_its_second_line()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var number = RosterClient.NewNumber();

        var html = await (await RosterClient.PreviewAsync(admin, $"{RosterClient.Header}\n{RosterClient.Row(number)}\n{RosterClient.Row(number.ToLowerInvariant())}\n")).Content.ReadAsStringAsync();

        RosterClient.ErrorsOf(html).ShouldHaveSingleItem().ShouldBe((3, $"Employee id {number} is also on line 2; each employee once."));
    }

    [Fact]
    public async Task A_Phoenix_Admin_cannot_add_a_second_employee_under_an_id_used_at_Dallas_by_import_or_by_hand()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var number = RosterClient.NewNumber();
        var dallas = await (await RosterClient.PreviewAsync(admin, $"{RosterClient.Header}\n{RosterClient.Row(number, "Dallas", locations: "MAIN")}\n")).Content.ReadAsStringAsync();
        (await RosterClient.ApplyAsync(admin, RosterClient.TokenOf(dallas).ShouldNotBeNull(), dallas)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var email = $"phx-roster-{Guid.NewGuid():N}@acme.example";
        await Users.UserTestData.ActiveUserAsync(factory, email, Domain.Users.UserRole.Admin, locations: [DemoDataSeeder.PhoenixCode]);
        var phoenixAdmin = await factory.SignedInClientAsync(email);

        var preview = await RosterClient.PreviewAsync(phoenixAdmin, $"{RosterClient.Header}\n{RosterClient.Row(number, "Phoenix", locations: DemoDataSeeder.PhoenixCode)}\n");

        preview.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await preview.Content.ReadAsStringAsync();
        RosterClient.TokenOf(html).ShouldBeNull();
        RosterClient.ErrorsOf(html).ShouldHaveSingleItem().ShouldBe((2, $"Employee id {number} belongs to an employee at a location you do not manage; an Admin who sees every location can update them."));

        var byHand = await PortalFactory.PostFormAsync(phoenixAdmin, "/Employees/Edit", new Dictionary<string, string>
        {
            ["Input.EmployeeId"] = number,
            ["Input.FirstName"] = "Robin",
            ["Input.LastName"] = "Phoenix",
            ["Input.DateOfBirth"] = "1985-04-12",
            ["Input.Locations"] = DemoDataSeeder.PhoenixCode,
        });
        byHand.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await byHand.Content.ReadAsStringAsync()).ShouldContain($"Employee id {number} is already on the roster");
        (await CountAsync(number)).ShouldBe(1);
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_refused_on_line_1() =>
        RosterClient.ErrorsOf(await (await RosterClient.PreviewAsync(await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail), "id,name\n1,Robin\n")).Content.ReadAsStringAsync())
            .ShouldContain((1, "The header has no column employee_id."));

    [Fact]
    public async Task A_previewed_file_is_written_only_on_confirm_and_a_second_file_updates_or_adds_by_employee_id()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var (first, second, third) = (RosterClient.NewNumber(), RosterClient.NewNumber(), RosterClient.NewNumber());

        var preview = await RosterClient.PreviewAsync(admin, $"{RosterClient.Header}\n{RosterClient.Row(first)}\n\"{second}\",Sam,\"O'Neil, Jr.\",1990-01-02,,,,MAIN;PHX,,,Respirator user\n");
        var html = await preview.Content.ReadAsStringAsync();
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(html).ShouldContain("2 to add");
        (await CountAsync(first, second)).ShouldBe(0, "a preview writes nothing");

        var applied = await RosterClient.ApplyAsync(admin, RosterClient.TokenOf(html)!, html);
        applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CountAsync(first, second)).ShouldBe(2);
        var sam = await factory.WithDbAsync(db => db.RosterEmployees.SingleAsync(e => e.EmployeeNumber == second));
        sam.LastName.ShouldBe("O'Neil, Jr.");
        sam.LocationCodes.ShouldBe(["MAIN", "PHX"]);

        var update = await RosterClient.PreviewAsync(admin, $"{RosterClient.Header}\n{RosterClient.Row(first, last: "Renamed")}\n{RosterClient.Row(third)}\n\"{second}\",Sam,\"O'Neil, Jr.\",1990-01-02,,,,MAIN;PHX,,,Respirator user\n");
        var updateHtml = await update.Content.ReadAsStringAsync();
        System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(updateHtml), @"\s+", " ").ShouldContain("1 to add</strong>, <strong>1 to update</strong>, 1 unchanged");
        (await RosterClient.ApplyAsync(admin, RosterClient.TokenOf(updateHtml)!, updateHtml)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await factory.WithDbAsync(db => db.RosterEmployees.SingleAsync(e => e.EmployeeNumber == first))).LastName.ShouldBe("Renamed");
        (await CountAsync(first, second, third)).ShouldBe(3);
    }

    [Fact]
    public async Task Confirming_twice_changes_nothing_the_second_time()
    {
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var number = RosterClient.NewNumber();
        var html = await (await RosterClient.PreviewAsync(admin, $"{RosterClient.Header}\n{RosterClient.Row(number)}\n")).Content.ReadAsStringAsync();
        var token = RosterClient.TokenOf(html)!;

        await RosterClient.ApplyAsync(admin, token, html);
        var again = await RosterClient.ApplyAsync(admin, token, html);

        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CountAsync(number)).ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_or_another_companys_preview_cannot_be_confirmed()
    {
        var acme = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var globex = await factory.SignedInClientAsync(DemoDataSeeder.Globex.AdminEmail);
        var number = RosterClient.NewNumber();
        var html = await (await RosterClient.PreviewAsync(acme, $"{RosterClient.Header}\n{RosterClient.Row(number)}\n")).Content.ReadAsStringAsync();
        var globexPage = await globex.GetStringAsync("/Employees/Import");

        var foreign = await RosterClient.ApplyAsync(globex, RosterClient.TokenOf(html)!, globexPage);
        var made_up = await RosterClient.ApplyAsync(acme, new string('a', 32), html);

        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await foreign.Content.ReadAsStringAsync()).ShouldContain("This preview is no longer available");
        made_up.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync(number)).ShouldBe(0);
    }

    [Fact]
    public async Task A_View_Only_user_cannot_import()
    {
        var viewer = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!);
        var admin = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var number = RosterClient.NewNumber();
        var adminPage = await admin.GetStringAsync("/Employees/Import");

        (await viewer.GetAsync("/Employees/Import")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.GetAsync("/Employees/Edit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.GetStringAsync("/Employees")).ShouldNotContain("Import roster");
        var content = new MultipartFormDataContent
        {
            { new StringContent(PortalFactory.AntiforgeryToken(await viewer.GetStringAsync("/Employees"))), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"{RosterClient.Header}\n{RosterClient.Row(number)}\n")), "file", "roster.csv" },
        };
        (await viewer.PostAsync("/Employees/Import?handler=Preview", content)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        adminPage.ShouldContain("Preview import");
        (await CountAsync(number)).ShouldBe(0);
    }
}
