using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EmployerPortal.Web.FunctionalTests.Fuzzing;

/// <summary>
/// Bad-input fuzzing of every form post of the portal (issue #8): for each Razor Page POST handler, generated malformed
/// fields (with a valid antiforgery token, so binding and validation run) and broken posts (no or a forged token,
/// wrong content types, broken multipart, oversized values, too many fields). The answer is the form again with a
/// validation message, or a 4xx (400 for antiforgery) — never a 5xx, never a redirect (the change did not happen),
/// never the fuzzed script echoed unencoded — and no table gains or loses a row.
/// </summary>
public sealed partial class FormPostFuzzTests(FuzzPortalFactory factory, ITestOutputHelper output) : IClassFixture<FuzzPortalFactory>
{
    private const int Seed = 8_0003;
    private const int RandomCombinationsPerHandler = 8;
    private const int MutationsPerField = 8;
    private const int MinimumRequests = 1_000;

    private enum Role
    {
        Anonymous,
        Admin,
        Viewer,
    }

    private enum Token
    {
        Valid,
        None,
        Forged,
    }

    private sealed record FormCase(string Label, Role Role, string Url, IReadOnlyList<KeyValuePair<string, string>> Fields, Token Token = Token.Valid, Func<string, HttpContent>? Content = null)
    {
        public override string ToString() => $"{Role} POST {(Url.Length > 90 ? Url[..90] + "…" : Url)} [{(Label.Length > 120 ? Label[..120] + "…" : Label)}]";
    }

    /// <summary>A POST handler: its form fields with a valid base value each, which fields are fuzzed, and whether it never saves (a helper that only re-renders).</summary>
    /// <param name="RefusesByRedirectTo">A redirect to this page is how the handler refuses (nothing to act on), not acceptance.</param>
    private sealed record Handler(Role Role, string Url, IReadOnlyList<KeyValuePair<string, string>> Base, FuzzField[] Fields, bool SavesNothing = false, string[]? BadUrls = null, bool IgnoresAntiforgery = false, string? RefusesByRedirectTo = null);

    [Fact]
    public async Task Every_form_post_answers_malformed_input_with_the_form_and_an_error_or_a_4xx_and_changes_no_row()
    {
        var clients = new Dictionary<Role, HttpClient>
        {
            [Role.Anonymous] = factory.CreateBrowserLikeClient(),
            [Role.Admin] = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail),
            [Role.Viewer] = await factory.SignedInClientAsync(DemoDataSeeder.Acme.ViewerEmail!),
        };
        (await clients[Role.Viewer].GetAsync("/Profile/TwoFactor/Enable")).EnsureSuccessStatusCode(); // creates the viewer's authenticator key
        var tokens = new Dictionary<Role, string>();
        foreach (var (role, client) in clients)
        {
            tokens[role] = PortalFactory.AntiforgeryToken(await client.GetStringAsync(role == Role.Anonymous ? "/Account/SignIn" : "/Profile"));
        }

        var targets = await TargetsAsync(clients[Role.Admin]);
        var handlers = Handlers(targets);
        var postHandlers = PostHandlersOfTheApp();
        postHandlers.Except(handlers.Keys).ShouldBeEmpty("a page POST handler has no fuzz case generator: add one to FormPostFuzzTests.Handlers");

        var random = new Random(Seed);
        var cases = postHandlers.Order(StringComparer.Ordinal).SelectMany(key => CasesFor(handlers[key], random)).ToList();
        var before = await TableCounts.TakeAsync(factory);

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (fuzz, _) =>
        {
            var handler = handlers[KeyOf(fuzz.Url)];
            if (await CheckAsync(clients[fuzz.Role], tokens[fuzz.Role], fuzz, handler) is { } failure)
            {
                failures.Add(failure);
            }
        });

        var after = await TableCounts.TakeAsync(factory);
        output.WriteLine($"{cases.Count} malformed form posts; {failures.Count} answered wrongly.");
        failures.ShouldBeEmpty($"{failures.Count} of {cases.Count} malformed form posts were not refused properly:\n{string.Join("\n", failures.Order().Take(400))}\nErrors logged:\n{string.Join("\n", factory.LoggedErrors.Distinct().Take(20))}");
        TableCounts.Differences(before, after).ShouldBeEmpty("malformed form posts changed row counts");
        cases.Count.ShouldBeGreaterThanOrEqualTo(MinimumRequests);
    }

    /// <summary>Every OnPost handler of the app's page models, as "/Users/Index?handler=ChangeRole" ("" handler: just the page).</summary>
    private HashSet<string> PostHandlersOfTheApp()
    {
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var handlers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract))
        {
            var page = "/" + string.Join('/', model.Namespace!.Split('.').SkipWhile(p => p != "Pages").Skip(1)) + "/" + model.Name[..^"Model".Length];
            page = page.Replace("//", "/", StringComparison.Ordinal);
            pages.ShouldContain(page, $"page model {model.Name} maps to no page endpoint");
            foreach (var method in model.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly).Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            {
                var name = method.Name["OnPost".Length..];
                name = name.EndsWith("Async", StringComparison.Ordinal) ? name[..^"Async".Length] : name;
                handlers.Add(name.Length == 0 ? page : $"{page}?handler={name}");
            }
        }

        return handlers;
    }

    /// <summary>"/Authorizations/Email/{id}?x" → "/Authorizations/Email"; keeps "?handler=".</summary>
    private static string KeyOf(string url)
    {
        var path = url.Split('?')[0];
        var handler = Regex.Match(url, "[?&]handler=([A-Za-z]+)");
        var page = GuidSegment().Replace(path, "");
        page = page switch
        {
            _ when page.StartsWith("/Authorizations/Email/", StringComparison.Ordinal) => "/Authorizations/Email",
            _ when page.StartsWith("/Authorizations/Void/", StringComparison.Ordinal) => "/Authorizations/Void",
            _ when page.StartsWith("/Results/Employee/", StringComparison.Ordinal) => "/Results/Employee",
            _ when page.StartsWith("/InjuryCases/Details/", StringComparison.Ordinal) => "/InjuryCases/Details",
            _ when page.StartsWith("/InjuryCases/Osha301/", StringComparison.Ordinal) => "/InjuryCases/Osha301",
            _ when page.StartsWith("/Employees/Edit/", StringComparison.Ordinal) => "/Employees/Edit",
            _ => page,
        };
        return handler.Success ? $"{page}?handler={handler.Groups[1].Value}" : page;
    }

    private sealed record Targets(
        Guid AcmeAuthorizationId, Guid GlobexAuthorizationId, Guid AcmeViewerId, Guid GlobexAdminId, Guid AcmeDocumentId, Guid GlobexDocumentId,
        Guid GlobexVisitId, string ServiceCode, int CompanyVersion, Guid AcmeEmployeeId);

    private async Task<Targets> TargetsAsync(HttpClient admin)
    {
        async Task<string> One(string sql) => await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(sql).FirstAsync());
        const string acme = "(SELECT \"Id\" FROM \"Companies\" WHERE \"AccountNumber\" = '100200')";
        const string globex = "(SELECT \"Id\" FROM \"Companies\" WHERE \"AccountNumber\" = '100300')";
        var editPage = await admin.GetStringAsync("/Company/Edit");
        var version = VersionField().Match(editPage);
        version.Success.ShouldBeTrue("the company edit form has no version field");
        return new Targets(
            Guid.Parse(await One($"SELECT \"Id\" AS \"Value\" FROM \"Authorizations\" WHERE \"CompanyId\" = {acme} AND \"Status\" = 'Active' ORDER BY \"Id\" LIMIT 1")),
            Guid.Parse(await One($"SELECT \"Id\" AS \"Value\" FROM \"Authorizations\" WHERE \"CompanyId\" = {globex} ORDER BY \"Id\" LIMIT 1")),
            Guid.Parse(await One("SELECT \"Id\" AS \"Value\" FROM \"PortalUsers\" WHERE \"Email\" = 'viewer@acme.example'")),
            Guid.Parse(await One("SELECT \"Id\" AS \"Value\" FROM \"PortalUsers\" WHERE \"Email\" = 'admin@globex.example'")),
            Guid.Parse(await One($"SELECT \"Id\" AS \"Value\" FROM \"ResultDocuments\" WHERE \"CompanyId\" = {acme} ORDER BY \"Id\" LIMIT 1")),
            Guid.Parse(await One($"SELECT \"Id\" AS \"Value\" FROM \"ResultDocuments\" WHERE \"CompanyId\" = {globex} ORDER BY \"Id\" LIMIT 1")),
            Guid.Parse(await One($"SELECT \"Id\" AS \"Value\" FROM \"VisitResults\" WHERE \"CompanyId\" = {globex} ORDER BY \"Id\" LIMIT 1")),
            await One("SELECT \"Code\" AS \"Value\" FROM \"ServiceCatalog\" WHERE \"IsActive\" = 1 ORDER BY \"SortOrder\" LIMIT 1"),
            int.Parse(version.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            Guid.Parse(await One($"SELECT \"Id\" AS \"Value\" FROM \"RosterEmployees\" WHERE \"CompanyId\" = {acme} AND \"Status\" = 'Active' ORDER BY \"Id\" LIMIT 1")));
    }

    private static readonly Guid NoSuchCase = Guid.Parse("0190aaaa-0000-7000-8000-00000000fuzz".Replace("fuzz", "0f22", StringComparison.Ordinal));

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private static Dictionary<string, Handler> Handlers(Targets t)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string[] OtherIds(Guid otherCompanys) => [otherCompanys.ToString(), Guid.NewGuid().ToString(), "not-a-guid", "'%3B DROP TABLE Authorizations%3B --", "99999999999999999999", "%3Cscript%3E"];
        FuzzField[] passwords(string prefix) => [new($"{prefix}.Password", FieldKind.Password), new($"{prefix}.ConfirmPassword", FieldKind.Password)];
        KeyValuePair<string, string>[] companyBase =
        [
            F("Input.Version", t.CompanyVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            F("Input.Address.Line1", "1 Fuzz Way"), F("Input.Address.Line2", "Suite 2"), F("Input.Address.City", "Austin"),
            F("Input.Address.State", "TX"), F("Input.Address.PostalCode", "78701"), F("Input.Phone", "(512) 555-0100"),
            F("Input.SpecialInstructions", "Bring ID."), F("Input.Contacts[0].Name", "Fay Fuzz"), F("Input.Contacts[0].Title", "HR"),
            F("Input.Contacts[0].Email", "fay@acme.example"), F("Input.Contacts[0].Phone", "(512) 555-0101"), F("Input.Contacts[0].NewResults", "true"),
        ];
        FuzzField[] companyFields =
        [
            new("Input.Version", FieldKind.Integer), new("Input.Address.Line1", FieldKind.Text), new("Input.Address.Line2", FieldKind.Text, Required: false),
            new("Input.Address.City", FieldKind.Text), new("Input.Address.State", FieldKind.State), new("Input.Address.PostalCode", FieldKind.Zip),
            new("Input.Phone", FieldKind.Phone), new("Input.SpecialInstructions", FieldKind.FreeText, Required: false), new("Input.Contacts[0].Name", FieldKind.Text),
            new("Input.Contacts[0].Title", FieldKind.Text, Required: false), new("Input.Contacts[0].Email", FieldKind.Email),
            new("Input.Contacts[0].Phone", FieldKind.Phone, Required: false), new("Input.Contacts[0].NewResults", FieldKind.Boolean),
        ];
        var userId = t.AcmeViewerId.ToString();
        FuzzField[] userIdField = [new("id", FieldKind.Guid)];

        return new Dictionary<string, Handler>(StringComparer.Ordinal)
        {
            ["/Account/SignIn"] = new(Role.Anonymous, "/Account/SignIn",
                [F("Input.Email", "nobody@acme.example"), F("Input.Password", "Wrong-Password-1")],
                [new("Input.Email", FieldKind.Email), new("Input.Password", FieldKind.Password), new("ReturnUrl", FieldKind.Url, Required: false)]),
            ["/Account/SignOut"] = new(Role.Anonymous, "/Account/SignOut", [], []),
            // Without a password step behind it the code page sends the visitor back to sign in; with one, a wrong code is a form error.
            ["/Account/SignInCode"] = new(Role.Anonymous, "/Account/SignInCode", [F("Code", "123456")],
                [new("Code", FieldKind.Text), new("ReturnUrl", FieldKind.Url, Required: false)], RefusesByRedirectTo: "/Account/SignIn"),
            ["/Account/ForgotPassword"] = new(Role.Anonymous, "/Account/ForgotPassword", [F("Input.Email", "nobody@fuzz.example")], [new("Input.Email", FieldKind.Email)]),
            ["/Account/ResetPassword"] = new(Role.Anonymous, "/Account/ResetPassword",
                [F("Token", "fuzz-token-that-was-never-issued"), F("Input.Password", "Fuzz-Password-2026!"), F("Input.ConfirmPassword", "Fuzz-Password-2026!")],
                [new("Token", FieldKind.Text), .. passwords("Input")]),
            ["/Account/AcceptInvitation"] = new(Role.Anonymous, "/Account/AcceptInvitation",
                [F("Token", "fuzz-token-that-was-never-issued"), F("Input.Password", "Fuzz-Password-2026!"), F("Input.ConfirmPassword", "Fuzz-Password-2026!")],
                [new("Token", FieldKind.Text), .. passwords("Input")]),
            ["/Account/RequestAccount"] = new(Role.Anonymous, "/Account/RequestAccount",
                [
                    F("Input.CompanyName", "Fuzz Industries"), F("Input.ContactName", "Fay Fuzz"), F("Input.Email", "fay@fuzz.example"),
                    F("Input.Phone", "(512) 555-0100"), F("Input.NumberOfEmployees", "250"), F("Input.LocationZipCodes", "78701"),
                    F("Input.Services", "InjuryCare"), F("Input.Message", "Hello."),
                ],
                [
                    new("Input.CompanyName", FieldKind.Text), new("Input.ContactName", FieldKind.Text), new("Input.Email", FieldKind.Email),
                    new("Input.Phone", FieldKind.Phone), new("Input.NumberOfEmployees", FieldKind.Integer), new("Input.LocationZipCodes", FieldKind.Zip),
                    new("Input.Services", FieldKind.EnumList), new("Input.Message", FieldKind.Text, Required: false),
                ]),
            // The error page takes re-executed POSTs of any page, so it does not check antiforgery; it never saves anything.
            ["/Error"] = new(Role.Anonymous, "/Error", [F("code", "404")], [new("code", FieldKind.Integer)], SavesNothing: true, IgnoresAntiforgery: true),
            ["/Authorizations/Create"] = new(Role.Admin, "/Authorizations/Create",
                [
                    F("Input.FirstName", "Fern"), F("Input.LastName", "Fuzz"), F("Input.DateOfBirth", "1988-06-21"), F("Input.EmployeeId", "E-FUZZ"),
                    F("Input.Email", "fern@fuzz.example"), F("Input.Phone", "(512) 555-0102"), F("Input.Reason", "Injury"),
                    F("Input.DateOfInjury", Day(today.AddDays(-1))), F("Input.InjuryDescription", "Cut on the left hand."),
                    F("Input.Services", t.ServiceCode), F($"Input.ServiceDetails[{t.ServiceCode}]", ""), F("Input.SpecialInstructions", "None."),
                    F("Input.ValidUntil", Day(today.AddDays(7))), F("Input.LocationCode", "MAIN"),
                ],
                [
                    new("Input.FirstName", FieldKind.Text), new("Input.LastName", FieldKind.Text), new("Input.DateOfBirth", FieldKind.Date),
                    new("Input.EmployeeId", FieldKind.Text, Required: false), new("Input.Email", FieldKind.Email, Required: false),
                    new("Input.Phone", FieldKind.Phone, Required: false), new("Input.Reason", FieldKind.EnumName), new("Input.DateOfInjury", FieldKind.Date),
                    new("Input.InjuryDescription", FieldKind.FreeText), new("Input.Services", FieldKind.EnumList),
                    new($"Input.ServiceDetails[{t.ServiceCode}]", FieldKind.FreeText, Required: false), new("Input.SpecialInstructions", FieldKind.FreeText, Required: false),
                    new("Input.ValidUntil", FieldKind.Date, Required: false), new("Input.LocationCode", FieldKind.Text),
                    new("Input.DotTestReason", FieldKind.EnumName, Required: false),
                    new("Input.BodyPart", FieldKind.Text, Required: false), new("Input.ClaimNumber", FieldKind.Text, Required: false),
                    new("Input.ClinicCode", FieldKind.Text, Required: false),
                ]),
            ["/Authorizations/Email"] = new(Role.Admin, $"/Authorizations/Email/{t.AcmeAuthorizationId}", [F("Input.To", "fern@fuzz.example")], [new("Input.To", FieldKind.Email, Required: false)],
                BadUrls: [.. OtherIds(t.GlobexAuthorizationId).Select(id => $"/Authorizations/Email/{id}")]),
            ["/Authorizations/Void"] = new(Role.Admin, $"/Authorizations/Void/{t.GlobexAuthorizationId}", [F("Input.Reason", "Booked by mistake")], [new("Input.Reason", FieldKind.FreeText)],
                BadUrls: [.. OtherIds(t.GlobexAuthorizationId).Select(id => $"/Authorizations/Void/{id}")]),
            ["/Company/Edit"] = new(Role.Admin, "/Company/Edit", companyBase, companyFields),
            ["/Company/Edit?handler=AddContact"] = new(Role.Admin, "/Company/Edit?handler=AddContact", companyBase, companyFields.Take(2).ToArray(), SavesNothing: true),
            ["/Company/Edit?handler=RemoveContact"] = new(Role.Admin, "/Company/Edit?handler=RemoveContact", [.. companyBase, F("index", "0")],
                [new("index", FieldKind.Integer), companyFields[1]], SavesNothing: true),
            ["/Users/Index?handler=ChangeRole"] = new(Role.Admin, "/Users/Index?handler=ChangeRole", [F("id", userId), F("role", "Admin")],
                [new("id", FieldKind.Guid), new("role", FieldKind.EnumName)], BadUrls: [$"/Users/Index?handler=ChangeRole&id={t.GlobexAdminId}&role=ViewOnly"]),
            ["/Users/Index?handler=DerMark"] = new(Role.Admin, "/Users/Index?handler=DerMark", [F("id", userId), F("isDer", "true")],
                [new("id", FieldKind.Guid), new("isDer", FieldKind.Boolean)], BadUrls: [$"/Users/Index?handler=DerMark&id={t.GlobexAdminId}&isDer=false"]),
            ["/Users/Index?handler=Locations"] = new(Role.Admin, "/Users/Index?handler=Locations", [F("id", userId), F("locationCodes", "MAIN")],
                [new("id", FieldKind.Guid), new("locationCodes", FieldKind.Text, Required: false)], // none ticked: company-wide
                BadUrls: [$"/Users/Index?handler=Locations&id={t.GlobexAdminId}&locationCodes=MAIN"]),
            ["/Users/Index?handler=Disable"] = new(Role.Admin, "/Users/Index?handler=Disable", [F("id", userId)], userIdField,
                BadUrls: [$"/Users/Index?handler=Disable&id={t.GlobexAdminId}"]),
            ["/Users/Index?handler=Enable"] = new(Role.Admin, "/Users/Index?handler=Enable", [F("id", userId)], userIdField,
                BadUrls: [$"/Users/Index?handler=Enable&id={t.GlobexAdminId}"]),
            ["/Users/Index?handler=Resend"] = new(Role.Admin, "/Users/Index?handler=Resend", [F("id", userId)], userIdField,
                BadUrls: [$"/Users/Index?handler=Resend&id={t.GlobexAdminId}"]),
            ["/Users/Index?handler=Revoke"] = new(Role.Admin, "/Users/Index?handler=Revoke", [F("id", userId)], userIdField,
                BadUrls: [$"/Users/Index?handler=Revoke&id={t.GlobexAdminId}"]),
            ["/Users/Invite"] = new(Role.Admin, "/Users/Invite",
                [F("Input.Email", "fuzz.invitee@acme.example"), F("Input.FirstName", "Ivy"), F("Input.LastName", "Fuzz"), F("Input.Role", "ViewOnly")],
                [new("Input.Email", FieldKind.Email), new("Input.FirstName", FieldKind.Text), new("Input.LastName", FieldKind.Text),
                    new("Input.Role", FieldKind.EnumName, Required: false)]), // left out, the role is the least privilege: View Only
            ["/Profile/Index?handler=Name"] = new(Role.Viewer, "/Profile/Index?handler=Name", [F("Name.FirstName", "Vera"), F("Name.LastName", "Fuzz")],
                [new("Name.FirstName", FieldKind.Text), new("Name.LastName", FieldKind.Text)]),
            ["/Profile/Index?handler=Password"] = new(Role.Viewer, "/Profile/Index?handler=Password",
                [F("Password.CurrentPassword", DemoDataSeeder.DemoPassword), F("Password.NewPassword", "Fuzz-Password-2026!"), F("Password.ConfirmPassword", "Fuzz-Password-2026!")],
                [new("Password.NewPassword", FieldKind.Password), new("Password.ConfirmPassword", FieldKind.Password)]),
            ["/Profile/Index?handler=Notices"] = new(Role.Viewer, "/Profile/Index?handler=Notices", [F("Notices.Frequency", "DailyDigest")],
                [new("Notices.Frequency", FieldKind.EnumName)]),
            // The viewer has two-factor off and an authenticator key already created (set up before the counts are taken).
            ["/Profile/TwoFactor/Enable"] = new(Role.Viewer, "/Profile/TwoFactor/Enable", [F("Code", "000000")], [new("Code", FieldKind.Text)]),
            ["/Profile/TwoFactor/Index?handler=Disable"] = new(Role.Viewer, "/Profile/TwoFactor/Index?handler=Disable", [F("PasswordOrCode", "Not-The-Password-1")],
                [new("PasswordOrCode", FieldKind.Password)]),
            ["/Profile/TwoFactor/Index?handler=RecoveryCodes"] = new(Role.Viewer, "/Profile/TwoFactor/Index?handler=RecoveryCodes", [], []),
            ["/Company/Index?handler=LocationInstructions"] = new(Role.Admin, "/Company/Index?handler=LocationInstructions", [F("code", "PHX"), F("instructions", "Use the south gate")],
                [new("code", FieldKind.Text), new("instructions", FieldKind.FreeText, Required: false)], // none: the instructions are cleared
                BadUrls: ["/Company/Index?handler=LocationInstructions&code=NOWHERE&instructions=x"]),
            ["/Company/Index?handler=TwoFactor"] = new(Role.Admin, "/Company/Index?handler=TwoFactor", [F("RequireTwoFactor", "false")],
                [new("RequireTwoFactor", FieldKind.Boolean, Required: false)]), // an unchecked checkbox posts nothing: off
            ["/Users/Index?handler=ResetTwoFactor"] = new(Role.Admin, "/Users/Index?handler=ResetTwoFactor", [F("id", userId)], userIdField,
                BadUrls: [$"/Users/Index?handler=ResetTwoFactor&id={t.GlobexAdminId}"]),
            ["/Reports/Index?handler=Run"] = new(Role.Admin, "/Reports/Index?handler=Run",
                [F("Input.Kind", "EmployerPatientVisit"), F("Input.From", Day(today.AddDays(-30))), F("Input.To", Day(today)), F("Input.Format", "Csv")],
                [new("Input.Kind", FieldKind.EnumName, Required: false), new("Input.From", FieldKind.Date), new("Input.To", FieldKind.Date), new("Input.Format", FieldKind.EnumName, Required: false),
                    new("Input.Location", FieldKind.Text, Required: false)]), // none: every location the user sees
            ["/Reports/Index?handler=Subscribe"] = new(Role.Admin, "/Reports/Index?handler=Subscribe",
                [F("Subscription.Kind", "EmployerPatientVisit"), F("Subscription.Frequency", "Weekly")],
                // Left out, kind and frequency take the page's defaults (the first report, weekly), as the run form's kind and format do.
                [new("Subscription.Kind", FieldKind.EnumName, Required: false), new("Subscription.Frequency", FieldKind.EnumName, Required: false)]),
            ["/Reports/Index?handler=Cancel"] = new(Role.Admin, "/Reports/Index?handler=Cancel", [F("id", Guid.NewGuid().ToString())], [new("id", FieldKind.Guid)]),
            ["/Results/Index?handler=Merge"] = new(Role.Admin, "/Results/Index?handler=Merge", [F("documentIds", t.AcmeDocumentId.ToString())],
                [new("documentIds", FieldKind.Guid)], BadUrls: [$"/Results/Index?handler=Merge&documentIds={t.GlobexDocumentId}"]),
            // No case has this id (none of Acme's, Globex has none): every post answers 404 and changes nothing.
            ["/InjuryCases/Details?handler=Reopen"] = new(Role.Admin, $"/InjuryCases/Details/{NoSuchCase}?handler=Reopen", [], [],
                BadUrls: [.. OtherIds(NoSuchCase).Select(id => $"/InjuryCases/Details/{id}?handler=Reopen")]),
            ["/InjuryCases/Details?handler=Osha"] = new(Role.Admin, $"/InjuryCases/Details/{NoSuchCase}?handler=Osha", [F("Recordable", "true"), F("PrivacyCase", "false")],
                [new("Recordable", FieldKind.Boolean), new("PrivacyCase", FieldKind.Boolean)],
                BadUrls: [.. OtherIds(NoSuchCase).Select(id => $"/InjuryCases/Details/{id}?handler=Osha")]),
            ["/InjuryCases/Details?handler=Osha300"] = new(Role.Admin, $"/InjuryCases/Details/{NoSuchCase}?handler=Osha300",
                [F("Correction.Classification", "Death"), F("Correction.JobTitle", "Loader"), F("Correction.WhereOccurred", "Dock 4"), F("Correction.Description", "Sprain, left wrist"),
                 F("Correction.DaysAway", "3"), F("Correction.DaysRestricted", "0")],
                [
                    new("Correction.Classification", FieldKind.EnumName, Required: false), new("Correction.JobTitle", FieldKind.Text, Required: false),
                    new("Correction.WhereOccurred", FieldKind.Text, Required: false), new("Correction.Description", FieldKind.FreeText, Required: false),
                    new("Correction.DaysAway", FieldKind.Integer, Required: false), new("Correction.DaysRestricted", FieldKind.Integer, Required: false),
                ],
                BadUrls: [.. OtherIds(NoSuchCase).Select(id => $"/InjuryCases/Details/{id}?handler=Osha300")]),
            ["/InjuryCases/Osha301"] = new(Role.Admin, $"/InjuryCases/Osha301/{NoSuchCase}",
                [
                    F("Input.EmployeeStreet", "12 Elm St"), F("Input.EmployeeCity", "Dallas"), F("Input.EmployeeState", "TX"), F("Input.EmployeePostalCode", "75201"),
                    F("Input.HireDate", "2019-07-01"), F("Input.PhysicianName", "Dr. Ada Park"), F("Input.FacilityName", "Downtown Clinic"),
                    F("Input.FacilityAddress", "1 Main St, Dallas"), F("Input.TreatedInEmergencyRoom", "false"), F("Input.HospitalizedOvernight", "false"),
                    F("Input.TimeBeganWork", "07:00"), F("Input.ActivityBefore", "Unloading"), F("Input.WhatHappened", "Slipped"),
                    F("Input.InjuryOrIllness", "Sprain"), F("Input.ObjectOrSubstance", "Wet floor"), F("Input.DateOfDeath", ""),
                    F("Input.CompletedBy", "Ana Ruiz"), F("Input.CompletedByTitle", "Safety manager"), F("Input.CompletedByPhone", "(214) 555-0142"),
                    F("Input.CompletedOn", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                ],
                [
                    new("Input.EmployeeStreet", FieldKind.Text, Required: false), new("Input.EmployeeCity", FieldKind.Text, Required: false),
                    new("Input.EmployeeState", FieldKind.State, Required: false), new("Input.EmployeePostalCode", FieldKind.Zip, Required: false),
                    new("Input.HireDate", FieldKind.Date, Required: false), new("Input.PhysicianName", FieldKind.Text, Required: false),
                    new("Input.FacilityName", FieldKind.Text, Required: false), new("Input.FacilityAddress", FieldKind.Text, Required: false),
                    new("Input.TreatedInEmergencyRoom", FieldKind.Boolean, Required: false), new("Input.HospitalizedOvernight", FieldKind.Boolean, Required: false),
                    new("Input.ActivityBefore", FieldKind.FreeText, Required: false), new("Input.WhatHappened", FieldKind.FreeText, Required: false),
                    new("Input.InjuryOrIllness", FieldKind.FreeText, Required: false), new("Input.ObjectOrSubstance", FieldKind.FreeText, Required: false),
                    new("Input.DateOfDeath", FieldKind.Date, Required: false), new("Input.CompletedBy", FieldKind.Text, Required: false),
                    new("Input.CompletedByTitle", FieldKind.Text, Required: false), new("Input.CompletedByPhone", FieldKind.Phone, Required: false),
                    new("Input.CompletedOn", FieldKind.Date, Required: false),
                ],
                BadUrls: [.. OtherIds(NoSuchCase).Select(id => $"/InjuryCases/Osha301/{id}")]),
            // Location and year are optional (the main location, this year); every malformed value is refused beside its field or is a 404.
            ["/InjuryCases/Osha"] = new(Role.Admin, "/InjuryCases/Osha",
                [
                    F("Location", "MAIN"), F("Year", today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    F("Input.EstablishmentName", "Fuzz Terminal"), F("Input.Street", "1 Fuzz Way"), F("Input.City", "Austin"), F("Input.State", "TX"),
                    F("Input.PostalCode", "78701"), F("Input.IndustryDescription", "Trucking"), F("Input.NaicsCode", "484121"),
                    F("Input.AverageEmployees", "100"), F("Input.HoursWorked", "200000"),
                ],
                [
                    new("Location", FieldKind.Text, Required: false), new("Year", FieldKind.Integer, Required: false),
                    new("Input.EstablishmentName", FieldKind.Text), new("Input.Street", FieldKind.Text), new("Input.City", FieldKind.Text),
                    new("Input.State", FieldKind.State), new("Input.PostalCode", FieldKind.Zip), new("Input.IndustryDescription", FieldKind.Text),
                    new("Input.NaicsCode", FieldKind.Text), new("Input.AverageEmployees", FieldKind.Integer), new("Input.HoursWorked", FieldKind.Integer),
                ],
                BadUrls: ["/InjuryCases/Osha?Location=NOWHERE"]),
            ["/Employees/Edit"] = new(Role.Admin, $"/Employees/Edit/{t.AcmeEmployeeId}",
                [
                    F("Input.FirstName", "Fern"), F("Input.LastName", "Fuzz"), F("Input.DateOfBirth", "1988-06-21"), F("Input.Email", "fern@fuzz.example"),
                    F("Input.Phone", "(512) 555-0102"), F("Input.Locations", "MAIN"), F("Input.Status", "Active"), F("Input.Programs", "DotDriver"),
                ],
                [
                    new("Input.FirstName", FieldKind.Text), new("Input.LastName", FieldKind.Text), new("Input.DateOfBirth", FieldKind.Date),
                    new("Input.Email", FieldKind.Email, Required: false), new("Input.Phone", FieldKind.Phone, Required: false),
                    new("Input.Locations", FieldKind.EnumName), new("Input.Status", FieldKind.EnumName, Required: false), new("Input.Programs", FieldKind.EnumList, Required: false),
                ],
                BadUrls: [.. OtherIds(t.GlobexVisitId).Take(2).Select(id => $"/Employees/Edit/{id}")]),
            ["/Employees/Import?handler=Preview"] = new(Role.Admin, "/Employees/Import?handler=Preview", [], [], SavesNothing: true),
            ["/Employees/Import?handler=Apply"] = new(Role.Admin, "/Employees/Import?handler=Apply", [F("token", "0123456789abcdef0123456789abcdef")], [new("token", FieldKind.Text)]),
            ["/Results/Employee?handler=DownloadAll"] = new(Role.Admin, $"/Results/Employee/{t.GlobexVisitId}?handler=DownloadAll", [], [],
                BadUrls: [.. OtherIds(t.GlobexVisitId).Select(id => $"/Results/Employee/{id}?handler=DownloadAll")]),
        };
    }

    /// <summary>
    /// Each field malformed alone (valid token); extra fields with a required one missing; random combinations;
    /// another company's or a non-existent id in the route; and the broken posts every handler gets.
    /// </summary>
    private static IEnumerable<FormCase> CasesFor(Handler handler, Random random)
    {
        foreach (var field in handler.Fields)
        {
            // Every field gets "missing" and the huge string, plus a seeded sample of the rest: each page render costs, and the
            // catalogue's kinds of malformation are all still drawn across the fields.
            var all = Malformed.For(field).ToList();
            var always = all.Where(m => m.Label is "missing" or "huge string").ToList();
            foreach (var mutation in always.Concat(all.Except(always).OrderBy(_ => random.Next()).Take(MutationsPerField)))
            {
                yield return new FormCase($"{field.Name}: {mutation.Label}", handler.Role, handler.Url, With(handler.Base, (field, mutation)));
            }
        }

        if (handler.Fields.FirstOrDefault(f => f.Required) is { } required)
        {
            var extra = With(handler.Base, (required, new Mutation("missing", null)))
                .Concat([F("Input.IsAdmin", "true"), F("Input.CompanyId", Guid.NewGuid().ToString()), F("CompanyId", Guid.NewGuid().ToString()), F("Role", "Admin")]).ToList();
            yield return new FormCase($"extra fields, {required.Name} missing", handler.Role, handler.Url, extra);
            yield return new FormCase($"{required.Name} twice, malformed first", handler.Role, handler.Url, [F(required.Name, Malformed.Script[0]), .. handler.Base]);
        }

        for (var i = 0; i < RandomCombinationsPerHandler && handler.Fields.Length > 1; i++)
        {
            var picked = handler.Fields.OrderBy(_ => random.Next()).Take(random.Next(2, Math.Min(4, handler.Fields.Length + 1)))
                .Select(f => (Field: f, Mutations: Malformed.For(f).ToList()))
                .Select(p => (p.Field, p.Mutations[random.Next(p.Mutations.Count)]))
                .ToArray();
            yield return new FormCase($"combination: {string.Join(", ", picked.Select(p => $"{p.Field.Name} {p.Item2.Label}"))}", handler.Role, handler.Url, With(handler.Base, picked));
        }

        foreach (var url in handler.BadUrls ?? [])
        {
            var inUrl = Regex.Matches(url, "[?&]([^=&]+)=").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            yield return new FormCase($"other company's or no such target: {url}", handler.Role, url, [.. handler.Base.Where(f => !inUrl.Contains(f.Key))]);
        }

        foreach (var broken in BrokenPosts(handler))
        {
            yield return broken;
        }
    }

    private static IEnumerable<FormCase> BrokenPosts(Handler h)
    {
        yield return new FormCase("no antiforgery token", h.Role, h.Url, h.Base, Token.None);
        yield return new FormCase("forged antiforgery token", h.Role, h.Url, h.Base, Token.Forged);
        yield return new FormCase("JSON body", h.Role, h.Url, h.Base, Content: token =>
            FuzzContent.Raw(System.Text.Json.JsonSerializer.Serialize(h.Base.Append(F("__RequestVerificationToken", token)).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value)), "application/json"));
        yield return new FormCase("text/plain body", h.Role, h.Url, h.Base, Content: token => FuzzContent.Raw($"__RequestVerificationToken={token}", "text/plain"));
        yield return new FormCase("multipart without a boundary", h.Role, h.Url, h.Base, Content: token =>
            FuzzContent.Multipart([FuzzContent.Part("__RequestVerificationToken", token)], contentType: "multipart/form-data"));
        yield return new FormCase("multipart truncated", h.Role, h.Url, h.Base, Content: token =>
            FuzzContent.Multipart([FuzzContent.Part("__RequestVerificationToken", token), .. h.Base.Select(f => FuzzContent.Part(f.Key, f.Value))], closed: false));
        yield return new FormCase("value over the form limit", h.Role, h.Url, h.Base, Content: token =>
            FuzzContent.Raw([.. Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}&{h.Fields.FirstOrDefault()?.Name ?? "x"}="), .. OverTheValueLimit], "application/x-www-form-urlencoded"));
        yield return new FormCase("too many fields", h.Role, h.Url, h.Base, Content: token =>
            FuzzContent.Form([F("__RequestVerificationToken", token), .. Enumerable.Range(0, 1_100).Select(i => F($"f{i}", "x"))]));
        yield return new FormCase("key over the form limit", h.Role, h.Url, h.Base, Content: token =>
            FuzzContent.Form([F("__RequestVerificationToken", token), F(new string('k', 3_000), "x")]));
        yield return new FormCase("invalid percent-encoding", h.Role, h.Url, h.Base, Content: token =>
            FuzzContent.Raw($"__RequestVerificationToken=%ZZ{Uri.EscapeDataString(token)[3..]}&{h.Fields.FirstOrDefault()?.Name ?? "x"}=%E0%A4%A&%%%=%ZZ", "application/x-www-form-urlencoded"));
    }

    private static List<KeyValuePair<string, string>> With(IReadOnlyList<KeyValuePair<string, string>> fields, params (FuzzField Field, Mutation Mutation)[] changes)
    {
        var result = fields.ToList();
        foreach (var (field, mutation) in changes)
        {
            var at = result.FindIndex(f => f.Key == field.Name);
            result.RemoveAll(f => f.Key == field.Name);
            if (mutation.Value is not null)
            {
                result.Insert(at < 0 ? result.Count : at, F(field.Name, mutation.Value));
            }
        }

        return result;
    }

    /// <summary>One byte over the 4 MB a form value may hold (FormOptions.ValueLengthLimit).</summary>
    private static readonly byte[] OverTheValueLimit = Enumerable.Repeat((byte)'x', (4 * 1024 * 1024) + 1).ToArray();

    private static readonly string[] ErrorMarkers = ["field-validation-error", "validation-summary-errors", "role=\"alert\""];

    /// <summary>Null when the answer is right; otherwise what is wrong with it.</summary>
    private static async Task<string?> CheckAsync(HttpClient client, string token, FormCase fuzz, Handler handler)
    {
        var content = fuzz.Content?.Invoke(token) ?? FuzzContent.Form(fuzz.Token switch
        {
            Token.Valid => [F("__RequestVerificationToken", token), .. fuzz.Fields],
            Token.Forged => [F("__RequestVerificationToken", "CfDJ8" + new string('A', 150)), .. fuzz.Fields],
            _ => fuzz.Fields,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, fuzz.Url) { Content = content };
        var (sent, crash) = await FuzzContent.SendAsync(client, request, fuzz);
        if (sent is not { } response)
        {
            return crash;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var brokenPost = (fuzz.Token != Token.Valid || fuzz.Content is not null) && !handler.IgnoresAntiforgery;
            if (status >= 500)
            {
                return $"{fuzz} → {status}";
            }

            if (status is >= 300 and < 400 && handler.RefusesByRedirectTo is { } refusal
                && response.Headers.Location?.OriginalString.StartsWith(refusal, StringComparison.Ordinal) == true)
            {
                return null;
            }

            if (status is >= 300 and < 400)
            {
                return $"{fuzz} → {status} redirect to {response.Headers.Location} (the post was accepted)";
            }

            if (brokenPost && status != 400)
            {
                return $"{fuzz} → {status}, not 400";
            }

            if (status == 200 && !handler.SavesNothing && !ErrorMarkers.Any(m => body.Contains(m, StringComparison.Ordinal)))
            {
                return $"{fuzz} → 200 ({response.Content.Headers.ContentType?.MediaType}) without a validation message";
            }

            if (status is not (200 or 400 or 403 or 404 or 409 or 413 or 415))
            {
                return $"{fuzz} → {status}";
            }

            if (Malformed.Script.FirstOrDefault(s => body.Contains(s, StringComparison.Ordinal)) is { } echoed)
            {
                return $"{fuzz} → {status} echoes the script unencoded: {echoed}";
            }

            return null;
        }
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidSegment();

    [GeneratedRegex("name=\"Input.Version\"[^>]*?value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
