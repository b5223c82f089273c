using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.Results;

/// <summary>Scheduled → checked in | no-show | cancelled; checked in → in progress | cancelled; in progress → completed.</summary>
public sealed class VisitStatusTransitionMustBeAllowed(VisitStatus from, VisitStatus to) : IBusinessRule
{
    public string Message => $"A visit cannot go from {from} to {to}.";

    public static bool Allows(VisitStatus from, VisitStatus to) => (from, to) switch
    {
        (VisitStatus.Scheduled, VisitStatus.CheckedIn or VisitStatus.NoShow or VisitStatus.Cancelled) => true,
        (VisitStatus.CheckedIn, VisitStatus.InProgress or VisitStatus.Cancelled) => true,
        (VisitStatus.InProgress, VisitStatus.Completed) => true,
        _ => false,
    };

    public bool IsBroken() => !Allows(from, to);
}

public sealed class RecheckOnlyForInjuryVisits(VisitCategory category) : IBusinessRule
{
    public string Message => "Only an injury visit has recheck appointments.";

    public bool IsBroken() => category != VisitCategory.Injury;
}

public sealed class RecheckCannotBeScheduledForACancelledVisit(VisitStatus status) : IBusinessRule
{
    public string Message => "The visit was cancelled; it has no recheck appointment.";

    public bool IsBroken() => status == VisitStatus.Cancelled;
}

public sealed class RecheckAppointmentMustBeInTheFuture(DateTimeOffset appointmentAt, DateTimeOffset now) : IBusinessRule
{
    public string Message => "The recheck appointment must be in the future.";

    public bool IsBroken() => appointmentAt <= now;
}

/// <summary>Custody and Control and Alcohol Testing Forms are drug and alcohol by type; ops marks only the non-standard types.</summary>
public sealed class OnlyANonStandardTypeIsMarkedDrugAndAlcohol(ResultType type, bool marked) : IBusinessRule
{
    public string Message => $"Only a non-standard result type can be marked as drug and alcohol testing; {type} is decided by its type.";

    public bool IsBroken() => marked && !ResultTypes.Get(type).IsNonStandard;
}

public sealed class DocumentIdCannotBeReusedForOtherContent(ResultDocument? existing, string sha256) : IBusinessRule
{
    public string Message => $"Document {existing?.ExternalDocumentId} was already received with other content.";

    public bool IsBroken() => existing is not null && !string.Equals(existing.Sha256, sha256, StringComparison.Ordinal);
}

public sealed class LetterIsGeneratedOnce(IEnumerable<GeneratedLetter> letters, LetterKind kind, string key) : IBusinessRule
{
    public string Message => "This letter has already been generated for the visit.";

    public static bool IsGenerated(IEnumerable<GeneratedLetter> letters, LetterKind kind, string key) =>
        letters.Any(l => l.Kind == kind && string.Equals(l.Key, key, StringComparison.Ordinal));

    public bool IsBroken() => IsGenerated(letters, kind, key);
}
