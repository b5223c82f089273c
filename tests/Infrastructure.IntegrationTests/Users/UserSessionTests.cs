using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Identity;

namespace EmployerPortal.Infrastructure.IntegrationTests.Users;

public sealed class UserSessionTests
{
    private static readonly DateTimeOffset SignedInAt = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private static UserSession NewSession() => UserSession.Start(Guid.NewGuid(), Guid.NewGuid(), SignedInAt, Lifetime);

    [Fact]
    public void A_new_session_is_open_until_the_idle_timeout_passes_without_activity()
    {
        var session = NewSession();

        session.IsOpenAt(SignedInAt.AddMinutes(14).AddSeconds(59), Idle).ShouldBeTrue();
        session.IsOpenAt(SignedInAt.AddMinutes(15), Idle).ShouldBeFalse();
    }

    [Fact]
    public void Activity_keeps_the_session_open_for_another_idle_timeout()
    {
        var session = NewSession();

        session.RecordActivity(SignedInAt.AddMinutes(10)).ShouldBeTrue();

        session.IsOpenAt(SignedInAt.AddMinutes(24), Idle).ShouldBeTrue();
        session.ClosesAt(Idle).ShouldBe(SignedInAt.AddMinutes(25));
    }

    [Fact]
    public void Activity_within_a_minute_of_the_last_recorded_one_is_not_written_again()
    {
        var session = NewSession();

        session.RecordActivity(SignedInAt.AddSeconds(59)).ShouldBeFalse();
        session.RecordActivity(SignedInAt.AddMinutes(1)).ShouldBeTrue();
        session.RecordActivity(SignedInAt.AddMinutes(1).AddSeconds(30)).ShouldBeFalse();

        session.LastActivityAt.ShouldBe(SignedInAt.AddMinutes(1));
    }

    [Fact]
    public void However_active_the_user_the_session_closes_at_the_end_of_its_lifetime()
    {
        var session = NewSession();
        for (var at = SignedInAt.AddMinutes(10); at < SignedInAt + Lifetime; at = at.AddMinutes(10))
        {
            session.RecordActivity(at);
        }

        session.IsOpenAt(SignedInAt + Lifetime - TimeSpan.FromSeconds(1), Idle).ShouldBeTrue();
        session.IsOpenAt(SignedInAt + Lifetime, Idle).ShouldBeFalse();
    }

    [Fact]
    public void An_ended_session_is_closed_at_once_keeps_its_first_reason_and_records_no_more_activity()
    {
        var session = NewSession();

        session.End(SignedInAt.AddMinutes(2), SessionEndReason.UserDisabled);
        session.End(SignedInAt.AddMinutes(3), SessionEndReason.SignedOut);

        session.IsOpenAt(SignedInAt.AddMinutes(2), Idle).ShouldBeFalse();
        session.EndReason.ShouldBe(SessionEndReason.UserDisabled);
        session.EndedAt.ShouldBe(SignedInAt.AddMinutes(2));
        session.RecordActivity(SignedInAt.AddMinutes(5)).ShouldBeFalse();
    }
}
