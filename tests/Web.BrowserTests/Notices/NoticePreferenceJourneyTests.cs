using EmployerPortal.Domain.Users;
using EmployerPortal.Web.BrowserTests.Infrastructure;
using EmployerPortal.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmployerPortal.Web.BrowserTests.Notices;

/// <summary>A user chooses on My profile how they hear about new results and letters.</summary>
public sealed class NoticePreferenceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_view_only_user_switches_from_the_daily_digest_to_immediate_notices_on_my_profile()
    {
        var page = await fixture.SignedInPageAsync(DemoDataSeeder.Acme.ViewerEmail!);

        await page.GetByRole(AriaRole.Link, new() { Name = "My profile" }).ClickAsync();
        var notices = page.GetByRole(AriaRole.Group, new() { Name = "New results and letters" });
        await Expect(notices.GetByLabel("Daily digest", new() { Exact = false })).ToBeCheckedAsync();
        await BrowserFixture.CheckPageAsync(page, "profile-notices");

        await notices.GetByLabel("Immediately", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save notice preference" }).ClickAsync();

        await Expect(page.GetByTestId("profile-status")).ToHaveTextAsync("Your notice preference has been saved.");
        await Expect(notices.GetByLabel("Immediately", new() { Exact = false })).ToBeCheckedAsync();
        await BrowserFixture.CheckPageAsync(page, "profile-notices-saved");
        var saved = await fixture.Portal.WithDbAsync(db => db.PortalUsers.AsNoTracking()
            .Where(u => u.Email == DemoDataSeeder.Acme.ViewerEmail).Select(u => u.NoticeFrequency).SingleAsync());
        saved.ShouldBe(NoticeFrequency.Immediately);
    }
}
