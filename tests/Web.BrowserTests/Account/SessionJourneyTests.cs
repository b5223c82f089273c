using EmployerPortal.DemoData;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Account;

public sealed class SessionJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Signed_out_in_another_tab_the_visit_board_says_the_session_ended_and_signs_in_again_back_to_the_board()
    {
        var board = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await board.GotoAsync("/Visits?Status=Scheduled");
        var ended = board.GetByTestId("visits-session-ended");
        await Expect(ended).ToBeHiddenAsync();

        var otherTab = await board.Context.NewPageAsync();
        await otherTab.GotoAsync("/Company");
        await otherTab.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(ended).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(ended).ToContainTextAsync("Your session has ended");
        await Expect(board.GetByTestId("visits-connection-lost")).ToBeHiddenAsync();
        await BrowserFixture.CheckPageAsync(board, "visit-status-session-ended");
        await ended.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await board.GetByLabel("Email").FillAsync(DemoDataSeeder.Acme.AdminEmail);
        await board.GetByLabel("Password").FillAsync(DemoDataSeeder.DemoPassword);
        await board.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(board).ToHaveURLAsync(fixture.BaseUrl + "/Visits?Status=Scheduled");
    }

    [Fact]
    public async Task While_the_server_cannot_be_reached_the_visit_board_says_it_is_retrying()
    {
        var board = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.AdminEmail);
        await board.GotoAsync("/Visits");
        var lost = board.GetByTestId("visits-connection-lost");

        await board.RouteAsync("**/Visits?handler=Rows**", route => route.AbortAsync());
        await Expect(lost).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(lost).ToContainTextAsync("Connection lost, retrying");

        await board.UnrouteAllAsync();
        await Expect(lost).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await Expect(board.GetByTestId("visits-session-ended")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Two_minutes_before_the_idle_timeout_the_page_offers_to_stay_signed_in()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);
        await page.Clock.InstallAsync();
        await page.GotoAsync("/Company");
        var warning = page.GetByTestId("session-warning");
        await Expect(warning).ToBeHiddenAsync();

        fixture.Portal.Clock.Advance(TimeSpan.FromMinutes(13.5));
        await page.Clock.FastForwardAsync("13:30");

        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToContainTextAsync("your session ends in 1:");
        await BrowserFixture.CheckPageAsync(page, "session-warning");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        await Expect(warning).ToBeHiddenAsync();

        fixture.Portal.Clock.Advance(TimeSpan.FromMinutes(15));
        await page.Clock.FastForwardAsync("15:00");
        await Expect(warning).ToContainTextAsync("Your session has ended.");
        await warning.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn\\?ReturnUrl=%2FCompany"));
    }
}
