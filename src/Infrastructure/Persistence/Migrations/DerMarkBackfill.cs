using EmployerPortal.Domain.Results;

namespace EmployerPortal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The data step of <c>AddDerMark</c>, the same SQL on both providers: existing Admins become DERs (they saw drug and
/// alcohol results before the mark existed; View Only users stop seeing them until an Admin marks them), and stored
/// documents of a drug- or alcohol-testing type are marked so.
/// </summary>
internal static class DerMarkBackfill
{
    public static string Sql()
    {
        var types = string.Join(", ", ResultTypes.All.Where(t => t.IsDrugAndAlcohol).Select(t => $"'{t.Type}'"));
        return $"""
            UPDATE PortalUsers SET IsDer = 1 WHERE Role = 'Admin';
            UPDATE ResultDocuments SET IsDrugAndAlcohol = 1 WHERE Type IN ({types});
            """;
    }
}
