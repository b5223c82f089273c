namespace EmployerPortal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The data step of <c>AddCompanyLocations</c>, the same SQL on both providers: every existing company gets its main
/// location <c>MAIN</c>, made from its own name, address, phone and time zone, as provisioning makes it today.
/// </summary>
internal static class MainLocationBackfill
{
    public static string Sql() => """
        INSERT INTO CompanyLocations (CompanyId, Code, Name, AddressLine1, AddressLine2, City, State, PostalCode, Phone, TimeZone, SpecialInstructions)
        SELECT Id, 'MAIN', Name, AddressLine1, AddressLine2, City, State, PostalCode, Phone, TimeZone, NULL FROM Companies;
        """;
}
