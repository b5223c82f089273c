using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Domain.Notices;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Notices;

/// <summary>Which compliance items a reminder tells of, and that a renewal's new due date is news again.</summary>
public sealed class ComplianceReminderTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData(null, true)]
    [InlineData(-400, true)]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    [InlineData(365, false)]
    public void Never_done_overdue_and_due_within_30_days_are_told_and_later_items_wait(int? daysFromToday, bool told) =>
        ComplianceReminder.IsDueForReminder(daysFromToday is { } days ? Today.AddDays(days) : null, Today).ShouldBe(told);

    [Fact]
    public void A_reminder_covers_the_item_at_the_due_date_it_told_of_and_not_the_renewed_one()
    {
        var employee = RosterEmployeeId.New();
        var due = Today.AddDays(10);
        var reminder = ComplianceReminder.Sent(CompanyId.New(), PortalUserId.New(), employee, ComplianceItemKind.RespiratorFitTest, due, Now);

        reminder.Told(employee, ComplianceItemKind.RespiratorFitTest, due).ShouldBeTrue();
        reminder.Told(employee, ComplianceItemKind.RespiratorFitTest, due.AddYears(1)).ShouldBeFalse("the renewed item is news when it nears again");
        reminder.Told(employee, ComplianceItemKind.HearingTest, due).ShouldBeFalse();
        reminder.Told(RosterEmployeeId.New(), ComplianceItemKind.RespiratorFitTest, due).ShouldBeFalse();

        var neverDone = ComplianceReminder.Sent(CompanyId.New(), PortalUserId.New(), employee, ComplianceItemKind.DotMedicalCertificate, null, Now);
        neverDone.Told(employee, ComplianceItemKind.DotMedicalCertificate, null).ShouldBeTrue();
        neverDone.Told(employee, ComplianceItemKind.DotMedicalCertificate, Today).ShouldBeFalse();
    }
}
