using EmployerPortal.Application.Common.Behaviours;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.UnitTests.Common;

public sealed class AuthorizationBehaviourTests
{
    [RequiresPermission(Permission.EditCompanyAccount)]
    private sealed record EditSomething : ICommand;

    [OpsClient(OpsScopes.Visits)]
    private sealed record PushVisit : ICommand;

    [SystemOnly]
    private sealed record RunSweep : ICommand;

    [AnonymousAccess]
    private sealed record RequestAccount : ICommand;

    [SignedInUser]
    private sealed record UpdateMyProfile : ICommand;

    private static readonly FixedActor Admin = FixedActor.Employer(PortalUserId.New(), CompanyId.New(), UserRole.Admin);
    private static readonly FixedActor Viewer = FixedActor.Employer(PortalUserId.New(), CompanyId.New(), UserRole.ViewOnly);
    private static readonly FixedActor Anonymous = new(ActorKind.Anonymous);

    private static FixedActor Ops(params string[] scopes) =>
        new(ActorKind.OpsClient, OpsClientName: "tooling") { OpsScopes = scopes.ToHashSet() };

    private static async Task<bool> RunAsync<TMessage>(TMessage message, ICurrentUser user)
        where TMessage : notnull, IMessage
    {
        var handled = false;
        var behaviour = new AuthorizationBehaviour<TMessage, Unit>(user, new TenantContext(user));
        await behaviour.Handle(message, (_, _) =>
        {
            handled = true;
            return ValueTask.FromResult(Unit.Value);
        }, CancellationToken.None);
        return handled;
    }

    [Fact]
    public async Task An_admin_passes_a_permission_only_admins_have() =>
        (await RunAsync(new EditSomething(), Admin)).ShouldBeTrue();

    [Fact]
    public async Task A_view_only_user_is_forbidden_a_permission_only_admins_have() =>
        await Should.ThrowAsync<ForbiddenAccessException>(() => RunAsync(new EditSomething(), Viewer));

    [Fact]
    public async Task Nobody_signed_in_is_unauthenticated_for_an_employer_message() =>
        await Should.ThrowAsync<UnauthenticatedException>(() => RunAsync(new EditSomething(), Anonymous));

    [Fact]
    public async Task An_ops_client_cannot_send_an_employer_message() =>
        await Should.ThrowAsync<UnauthenticatedException>(() => RunAsync(new EditSomething(), Ops(OpsScopes.All.ToArray())));

    [Fact]
    public async Task An_ops_client_with_the_scope_passes() =>
        (await RunAsync(new PushVisit(), Ops(OpsScopes.Visits))).ShouldBeTrue();

    [Fact]
    public async Task An_ops_client_without_the_scope_is_forbidden() =>
        await Should.ThrowAsync<ForbiddenAccessException>(() => RunAsync(new PushVisit(), Ops(OpsScopes.Companies)));

    [Fact]
    public async Task An_employer_user_cannot_send_an_ops_message() =>
        await Should.ThrowAsync<UnauthenticatedException>(() => RunAsync(new PushVisit(), Admin));

    [Fact]
    public async Task Only_the_system_sends_a_system_message()
    {
        (await RunAsync(new RunSweep(), FixedActor.System)).ShouldBeTrue();
        await Should.ThrowAsync<ForbiddenAccessException>(() => RunAsync(new RunSweep(), Admin));
        await Should.ThrowAsync<ForbiddenAccessException>(() => RunAsync(new RunSweep(), Ops(OpsScopes.All.ToArray())));
    }

    [Fact]
    public async Task Anyone_sends_an_anonymous_message() =>
        (await RunAsync(new RequestAccount(), Anonymous)).ShouldBeTrue();

    [Fact]
    public async Task Any_signed_in_user_sends_a_signed_in_message_but_not_an_anonymous_visitor()
    {
        (await RunAsync(new UpdateMyProfile(), Viewer)).ShouldBeTrue();
        await Should.ThrowAsync<UnauthenticatedException>(() => RunAsync(new UpdateMyProfile(), Anonymous));
    }

    [Fact]
    public async Task A_message_without_a_declaration_is_refused_outright()
    {
        var ex = await Should.ThrowAsync<InvalidOperationException>(() => RunAsync(new Undeclared(), FixedActor.System));
        ex.Message.ShouldContain(nameof(Undeclared));
    }

    private sealed record Undeclared : ICommand;

    [SystemOnly]
    [AcrossCompanies("a sweep over every company")]
    private sealed record SweepEveryCompany : ICommand;

    private static async Task<(bool During, bool After)> AcrossCompaniesDuringAndAfterAsync<TMessage>(TMessage message, ICurrentUser user)
        where TMessage : notnull, IMessage
    {
        var tenant = new TenantContext(user);
        var during = false;
        await new AuthorizationBehaviour<TMessage, Unit>(user, tenant).Handle(message, (_, _) =>
        {
            during = tenant.IsAcrossCompanies;
            return ValueTask.FromResult(Unit.Value);
        }, CancellationToken.None);
        return (during, tenant.IsAcrossCompanies);
    }

    [Fact]
    public async Task A_message_declaring_across_companies_reads_across_companies_only_while_it_is_handled() =>
        (await AcrossCompaniesDuringAndAfterAsync(new SweepEveryCompany(), FixedActor.System)).ShouldBe((true, false));

    [Fact]
    public async Task Any_other_message_stays_within_the_senders_company() =>
        (await AcrossCompaniesDuringAndAfterAsync(new EditSomething(), Admin)).ShouldBe((false, false));

    [Fact]
    public void The_tenant_of_an_employer_is_their_company_and_nobody_else_has_one()
    {
        new TenantContext(Admin).CompanyId.ShouldBe(Admin.CompanyId);
        new TenantContext(Ops(OpsScopes.Visits)).CompanyId.ShouldBeNull();
        new TenantContext(Anonymous).CompanyId.ShouldBeNull();
        new TenantContext(FixedActor.System).CompanyId.ShouldBeNull();
    }

    [Fact]
    public void A_narrowed_scope_applies_until_it_is_left()
    {
        var tenant = new TenantContext(FixedActor.System);
        var acme = CompanyId.New();
        using (tenant.AcrossCompanies())
        {
            using (tenant.ForCompany(acme))
            {
                tenant.CompanyId.ShouldBe(acme);
                tenant.IsAcrossCompanies.ShouldBeFalse();
            }

            tenant.IsAcrossCompanies.ShouldBeTrue();
        }

        tenant.IsAcrossCompanies.ShouldBeFalse();
        tenant.CompanyId.ShouldBeNull();
    }
}
