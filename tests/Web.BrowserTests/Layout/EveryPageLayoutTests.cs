using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users.Commands.InviteUser;
using EmployerPortal.DemoData;
using EmployerPortal.Domain.Users;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Layout;

/// <summary>
/// Every page of the portal on a 390 px phone (390×844): nothing wider than the screen, and still axe-clean; and the
/// main navigation on one line on a 1366 px laptop. The list of pages is checked against the Razor pages the portal
/// actually has, so a new page cannot be left out.
/// </summary>
public sealed class EveryPageLayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 390;

    private const string SignedOut = "visited signed out";
    private const string SignedIn = "visited signed in as an Admin";

    /// <summary>Every Razor page, and how this test reaches it (or why it is not an HTML page to measure).</summary>
    private static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/Account/SignIn"] = SignedOut,
        ["/Account/ForgotPassword"] = SignedOut,
        ["/Account/ResetPassword"] = SignedOut,
        ["/Account/RequestAccount"] = SignedOut,
        ["/Account/RequestAccountReceived"] = SignedOut,
        ["/Account/AcceptInvitation"] = SignedOut,
        ["/Account/AccessDenied"] = SignedOut,
        ["/Account/SignOut"] = SignedOut,
        ["/Account/SignInCode"] = SignedOut,
        ["/Error"] = SignedOut,
        ["/Dashboard/Index"] = SignedIn,
        ["/Results/Index"] = SignedIn,
        ["/Results/Employee"] = SignedIn,
        ["/Visits/Index"] = SignedIn,
        ["/Authorizations/Index"] = SignedIn,
        ["/Authorizations/Create"] = SignedIn,
        ["/Authorizations/Details"] = SignedIn,
        ["/Authorizations/Email"] = SignedIn,
        ["/Authorizations/Void"] = SignedIn,
        ["/Company/Index"] = SignedIn,
        ["/Company/Edit"] = SignedIn,
        ["/Users/Index"] = SignedIn,
        ["/Users/Invite"] = SignedIn,
        ["/Audit/Index"] = SignedIn,
        ["/Reports/Index"] = SignedIn,
        ["/Profile/Index"] = SignedIn,
        ["/Profile/TwoFactor/Index"] = SignedIn,
        ["/Profile/TwoFactor/Enable"] = SignedIn,
        ["/InjuryCases/Index"] = SignedIn,
        ["/InjuryCases/Details"] = SignedIn,
        ["/InjuryCases/Osha"] = SignedIn,
        ["/InjuryCases/Osha301"] = SignedIn,
        ["/Employees/Index"] = SignedIn,
        ["/Employees/Details"] = SignedIn,
        ["/Employees/Edit"] = SignedIn,
        ["/Employees/Import"] = SignedIn,
        ["/Compliance/Index"] = SignedIn,
        ["/Index"] = "not a page of its own: it redirects to the dashboard",
        ["/Results/Document"] = "not HTML: the result document's PDF",
        ["/Authorizations/Pdf"] = "not HTML: the authorization's PDF",
    };

    [Fact]
    public void The_list_of_pages_names_every_Razor_page_of_the_portal()
    {
        var razorPages = fixture.Portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Select(p => p.ViewEnginePath)
            .ToHashSet(StringComparer.Ordinal);

        razorPages.ShouldNotBeEmpty();
        razorPages.Except(Pages.Keys).ShouldBeEmpty("a new page needs a place in this test's list (and a visit at 390 px)");
        Pages.Keys.Except(razorPages).ShouldBeEmpty("the list names pages the portal no longer has");
    }

    [Fact]
    public async Task Every_signed_out_page_fits_a_390_pixel_phone()
    {
        var visited = new List<string>();
        var invitee = $"narrow-{Guid.NewGuid():N}@acme.example";
        await InviteAsync(invitee, UserRole.ViewOnly);
        var invitation = await Mailbox.LatestAsync(fixture.Portal, invitee, "Alice Admin invited you to the Occupational Health Partners Employer Portal for Acme Logistics");
        var page = await PhoneAsync(await fixture.NewPageAsync());

        await CheckAsync(page, visited, "/Account/SignIn", "/Account/SignIn");
        await CheckAsync(page, visited, "/Account/ForgotPassword", "/Account/ForgotPassword");
        await page.GetByLabel("Email").FillAsync(DemoDataSeeder.Globex.AdminEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a reset link" }).ClickAsync();
        var reset = await Mailbox.LatestAsync(fixture.Portal, DemoDataSeeder.Globex.AdminEmail, "Reset your Occupational Health Partners Employer Portal password");
        await CheckAsync(page, visited, "/Account/ResetPassword", Mailbox.LinkIn(reset), expectForm: true);
        await CheckAsync(page, visited, "/Account/AcceptInvitation", Mailbox.LinkIn(invitation), expectForm: true);
        await CheckAsync(page, visited, "/Account/RequestAccount", "/Account/RequestAccount");
        await CheckAsync(page, visited, "/Account/RequestAccountReceived", "/Account/RequestAccountReceived");
        await CheckAsync(page, visited, "/Account/AccessDenied", "/Account/AccessDenied");
        await CheckAsync(page, visited, "/Account/SignOut", "/Account/SignOut");
        await CheckAsync(page, visited, "/Error", "/Error");

        // The second step of a two-factor sign-in: a user who turned it on signs in with the password first.
        var twoFactorUser = $"narrow-2fa-{Guid.NewGuid():N}@acme.example";
        await ActiveUserAsync(twoFactorUser, UserRole.ViewOnly);
        var setup = await fixture.SignedInPageAsync(twoFactorUser);
        await TurnOnTwoFactorAsync(setup);
        await BrowserFixture.SignInAsync(page, twoFactorUser);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your authentication code" })).ToBeVisibleAsync();
        await MeasureAsync(page, visited, "/Account/SignInCode");

        _problems.ShouldBeEmpty();
        visited.ShouldBe(Pages.Where(p => p.Value == SignedOut).Select(p => p.Key), ignoreOrder: true);
    }

    [Fact]
    public async Task Every_page_of_a_signed_in_Admin_fits_a_390_pixel_phone()
    {
        var visited = new List<string>();
        var email = $"narrow-admin-{Guid.NewGuid():N}@acme.example";
        await ActiveUserAsync(email, UserRole.Admin);
        var page = await PhoneAsync(await fixture.SignedInPageAsync(email));

        await CheckAsync(page, visited, "/Dashboard/Index", "/Dashboard");
        await CheckAsync(page, visited, "/Results/Index", "/Results");
        var employee = await page.GetByTestId("employee-link").First.GetAttributeAsync("href");
        await CheckAsync(page, visited, "/Results/Employee", employee!);
        await CheckAsync(page, visited, "/Visits/Index", "/Visits");
        await CheckAsync(page, visited, "/Authorizations/Create", "/Authorizations/Create");
        await CheckAsync(page, visited, "/Authorizations/Index", "/Authorizations?Search.Status=Active");
        var details = await page.GetByTestId("authorization-row").First.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        await CheckAsync(page, visited, "/Authorizations/Details", details!);
        await CheckAsync(page, visited, "/Authorizations/Email", details!.Replace("/Details/", "/Email/", StringComparison.Ordinal));
        await CheckAsync(page, visited, "/Authorizations/Void", details.Replace("/Details/", "/Void/", StringComparison.Ordinal));
        await CheckAsync(page, visited, "/Company/Index", "/Company");
        await CheckAsync(page, visited, "/Company/Edit", "/Company/Edit");
        await CheckAsync(page, visited, "/Users/Index", "/Users");
        await CheckAsync(page, visited, "/Users/Invite", "/Users/Invite");
        await CheckAsync(page, visited, "/Audit/Index", "/Audit");
        await CheckAsync(page, visited, "/Reports/Index", "/Reports");
        await CheckAsync(page, visited, "/Profile/Index", "/Profile");
        await CheckAsync(page, visited, "/Profile/TwoFactor/Index", "/Profile/TwoFactor");
        await CheckAsync(page, visited, "/Profile/TwoFactor/Enable", "/Profile/TwoFactor/Enable");
        await CheckAsync(page, visited, "/InjuryCases/Index", "/InjuryCases");
        var injuryCase = await page.GetByTestId("case-link").First.GetAttributeAsync("href");
        await CheckAsync(page, visited, "/InjuryCases/Details", injuryCase!);
        await CheckAsync(page, visited, "/InjuryCases/Osha301", injuryCase!.Replace("/Details/", "/Osha301/", StringComparison.Ordinal));
        await CheckAsync(page, visited, "/InjuryCases/Osha", "/InjuryCases/Osha");
        await CheckAsync(page, visited, "/Employees/Index", "/Employees");
        var employeePage = await page.Locator("a[href^='/Employees/Details/']").First.GetAttributeAsync("href");
        await CheckAsync(page, visited, "/Employees/Details", employeePage!);
        await CheckAsync(page, visited, "/Employees/Edit", "/Employees/Edit");
        await CheckAsync(page, visited, "/Employees/Import", "/Employees/Import");
        await CheckAsync(page, visited, "/Compliance/Index", "/Compliance");

        _problems.ShouldBeEmpty();
        visited.ShouldBe(Pages.Where(p => p.Value == SignedIn).Select(p => p.Key), ignoreOrder: true);
    }

    [Fact]
    public async Task At_1366_pixels_an_Admins_navigation_fits_on_one_line()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync("/Dashboard");

        var items = await page.EvaluateAsync<double[]>(
            "() => Array.from(document.querySelectorAll('#portal-nav .nav-link')).map(e => e.getBoundingClientRect().top)");
        var line = await page.EvaluateAsync<double[]>("""
            () => {
                const first = document.querySelector('#portal-nav .nav-link').getBoundingClientRect();
                const user = document.querySelector('[data-testid=signed-in-user]').getBoundingClientRect();
                const signOut = document.querySelector('#portal-nav form button').getBoundingClientRect();
                return [first.top, first.bottom, user.top, signOut.top, signOut.bottom];
            }
            """);

        items.Length.ShouldBe(11, "an Admin has every item: dashboard to access history (the user's name opens My profile)");
        items.Distinct().Count().ShouldBe(1, "every navigation item on the same line");
        line[2].ShouldBeLessThan(line[1], "the user's name on the navigation's line");
        line[3].ShouldBeLessThan(line[1], "Sign out on the navigation's line");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
    }

    /// <summary>Invites a user of Acme as its demo Admin, through the application's own command.</summary>
    private async Task<Guid> InviteAsync(string email, UserRole role)
    {
        var admin = await fixture.Portal.WithDbAsync(db => db.PortalUsers.AsNoTracking().FirstAsync(u => u.Email == DemoDataSeeder.Acme.AdminEmail));
        var id = await fixture.Portal.SendAsync(
            s => s.Send(new InviteUserCommand(email, "Nora", "Narrow", role)),
            FixedActor.Employer(admin.Id, admin.CompanyId, UserRole.Admin));
        return id.ShouldNotBeNull();
    }

    private async Task ActiveUserAsync(string email, UserRole role) =>
        await DemoAccounts.SetInitialPasswordAsync(fixture.Portal.Services, await InviteAsync(email, role), DemoDataSeeder.DemoPassword);

    private static async Task<IPage> PhoneAsync(IPage page)
    {
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        return page;
    }

    /// <summary>What is wrong with each page, gathered so that one run names every page to fix.</summary>
    private readonly List<string> _problems = [];

    private async Task CheckAsync(IPage page, List<string> visited, string razorPage, string url, bool expectForm = false)
    {
        await page.GotoAsync(url);
        if (expectForm)
        {
            await Expect(page.Locator("main form input[type=password]").First).ToBeVisibleAsync();
        }

        await MeasureAsync(page, visited, razorPage);
    }

    /// <summary>Asserts the browser is on <paramref name="razorPage"/> (not redirected away), nothing is wider than the phone, and axe passes.</summary>
    private async Task MeasureAsync(IPage page, List<string> visited, string razorPage)
    {
        var route = razorPage.EndsWith("/Index", StringComparison.Ordinal) ? razorPage[..^"/Index".Length] : razorPage;
        var path = new Uri(page.Url).AbsolutePath;
        (path == route || path.StartsWith(route + "/", StringComparison.Ordinal)).ShouldBeTrue($"{razorPage} was visited, not {path}");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>("""
            () => Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')
            """);
        if (scrollWidth > PhoneWidth)
        {
            _problems.Add($"{razorPage} at {PhoneWidth} px is {scrollWidth} px wide: {widest}");
        }

        try
        {
            await BrowserFixture.CheckPageAsync(page, "390" + razorPage.Replace('/', '-'));
        }
        catch (ShouldAssertException axe)
        {
            _problems.Add(axe.Message);
        }

        visited.Add(razorPage);
    }

    private static async Task TurnOnTwoFactorAsync(IPage page)
    {
        await page.GotoAsync("/Profile/TwoFactor/Enable");
        var key = await page.GetByTestId("shared-key").InnerTextAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
        await Expect(page.GetByTestId("recovery-code")).ToHaveCountAsync(10);
    }
}
