namespace EmployerPortal.Domain.Authorizations;

/// <summary>Why a DOT drug test is done (49 CFR Part 382 / Part 40): the clinic records it on the custody and control form.</summary>
public enum DotTestReason
{
    PreEmployment = 0,
    Random = 1,
    PostAccident = 2,
    ReasonableSuspicion = 3,
    ReturnToDuty = 4,
    FollowUp = 5,
}

public static class DotTesting
{
    /// <summary>
    /// The catalog services that are DOT-regulated tests and so need a reason. The DOT physical is not one: the six
    /// reasons are those of a DOT drug test (there is no "random" physical).
    /// </summary>
    public static IReadOnlySet<string> ServiceCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { "DRUG-DOT" };

    public static bool NeedsReason(IEnumerable<AuthorizedService> services) => services.Any(s => ServiceCodes.Contains(s.ServiceCode));

    /// <summary>How the reason reads on a page, a PDF and to ops ("Post-accident").</summary>
    public static string NameOf(DotTestReason reason) => reason switch
    {
        DotTestReason.PreEmployment => "Pre-employment",
        DotTestReason.Random => "Random",
        DotTestReason.PostAccident => "Post-accident",
        DotTestReason.ReasonableSuspicion => "Reasonable suspicion",
        DotTestReason.ReturnToDuty => "Return-to-duty",
        DotTestReason.FollowUp => "Follow-up",
        _ => reason.ToString(),
    };
}
