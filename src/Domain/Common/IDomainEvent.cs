namespace EmployerPortal.Domain.Common;

/// <summary>Something that happened inside an aggregate; dispatched after the change is committed.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
