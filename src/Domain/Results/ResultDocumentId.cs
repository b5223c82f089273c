namespace EmployerPortal.Domain.Results;

public readonly record struct ResultDocumentId(Guid Value)
{
    public static ResultDocumentId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
