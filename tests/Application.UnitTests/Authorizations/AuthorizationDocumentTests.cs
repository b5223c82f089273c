using EmployerPortal.Application.Authorizations;
using EmployerPortal.Application.Authorizations.Documents;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Application.UnitTests.Authorizations;

public sealed class AuthorizationDocumentTests
{
    [Fact]
    public void An_authorization_created_at_7_pm_Central_says_it_was_issued_that_day()
    {
        var sevenPmCentralDec1 = new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
        var dallas = Company.Provision(AccountNumber.From("940001"), "Dallas Freight", new PostalAddress("1 Main", null, "Dallas", "TX", "75201"), "2145550100", sevenPmCentralDec1);
        var authorization = Authorization.Create(
            dallas.Id, "MAIN", AuthorizationNumber.Generate(new Random(7)),
            new Employee("Ana", "Lopez", new DateOnly(1990, 1, 1), null, null, null), AuthorizationReason.NonInjury, null,
            [new AuthorizedService("DOTPE", "DOT physical")], null, new DateOnly(2026, 12, 8), PortalUserId.New(), sevenPmCentralDec1);

        var document = AuthorizationDocument.From(authorization, dallas, new AuthorizationsOptions(), sevenPmCentralDec1);

        document.IssuedOn.ShouldBe(new DateOnly(2026, 12, 1));
    }
}
