namespace EmployerPortal.Domain.Companies;

/// <summary>A US postal address. Format checks live in the validators at the edge; this holds the value.</summary>
public sealed record PostalAddress(string Line1, string? Line2, string City, string State, string PostalCode)
{
    public string SingleLine =>
        string.Join(", ", new[] { Line1, Line2, City, $"{State} {PostalCode}" }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
