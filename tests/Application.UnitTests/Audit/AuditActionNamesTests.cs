using System.Reflection;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Reports;

namespace EmployerPortal.Application.UnitTests.Audit;

public sealed class AuditActionNamesTests
{
    private static readonly string[] Constants =
    [
        .. new[] { typeof(AuditActions), typeof(ReportAuditActions), typeof(EmployerPortal.Application.InjuryCases.InjuryCaseAuditActions) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    public static TheoryData<string> EveryAction() => new(Constants);

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void Every_audit_action_has_words(string action)
    {
        AuditActionNames.Words.ShouldContainKey(action);
        AuditActionNames.Words[action].ShouldNotContain(".");
        AuditActionNames.Words[action].ShouldNotBe(action);
    }

    [Fact]
    public void The_words_name_no_action_that_does_not_exist() =>
        AuditActionNames.Words.Keys.ShouldBe(Constants, ignoreOrder: true);

    [Fact]
    public void A_der_mark_change_says_which_way_it_went()
    {
        AuditActionNames.Describe(AuditActions.UserDerMarkChanged, "der=true").ShouldBe("Marked as DER");
        AuditActionNames.Describe(AuditActions.UserDerMarkChanged, "der=false").ShouldBe("DER mark removed");
        AuditDetailsText.Describe(AuditActions.UserDerMarkChanged, "der=true").ShouldBeNull();
    }

    [Theory]
    [InlineData(AuditActions.UserRoleChanged, "from=ViewOnly; to=Admin", "from View Only to Admin")]
    [InlineData(AuditActions.UserInvited, "role=ViewOnly", "as View Only")]
    [InlineData(AuditActions.SignInFailed, "reason=InvalidCredentials", "Invalid credentials")]
    [InlineData(AuditActions.ResultDownloaded, "merged", "in a merged PDF")]
    [InlineData(ReportAuditActions.ReportRun, "2026-01-01..2026-01-31 Pdf", "Jan 1, 2026 to Jan 31, 2026 as PDF")]
    [InlineData(AuditActions.CompanyAccountChanged, """{"field":"phone","before":"555-0100","after":"555-0199"}""", "Phone from \"555-0100\" to \"555-0199\"")]
    [InlineData(AuditActions.CompanySettingsChanged, """{"field":"requiresTwoFactor","before":false,"after":true}""", "Requires two factor from no to yes")]
    [InlineData(AuditActions.CompanySettingsChanged, """{"before":{"status":"Active","timeZone":"America/Chicago"},"after":{"status":"Suspended","timeZone":"America/Chicago"}}""", "Status from \"Active\" to \"Suspended\"")]
    public void Details_read_as_words(string action, string details, string words) =>
        AuditDetailsText.Describe(action, details).ShouldBe(words);
}
