using EmployerPortal.Application.Common.Behaviours;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using Mediator;

namespace EmployerPortal.Application.UnitTests.Common;

public sealed class MessageAccessDeclarationTests
{
    private static readonly Type[] Messages = typeof(GetCompanyAccountQuery).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void The_application_has_messages_to_check() => Messages.Length.ShouldBeGreaterThan(3);

    [Fact]
    public void Every_message_declares_who_may_send_it()
    {
        var undeclared = Messages.Where(t => MessageAccess.DeclaredOn(t) is null).Select(t => t.FullName).ToList();

        undeclared.ShouldBeEmpty("Each message needs [RequiresPermission], [SignedInUser], [OpsClient], [AnonymousAccess] or [SystemOnly].");
    }

    [Fact]
    public void No_employer_message_reads_across_companies()
    {
        var leaking = Messages
            .Where(t => MessageAccess.ReadsAcrossCompanies(t) && MessageAccess.DeclaredOn(t) is RequiresPermissionAttribute or SignedInUserAttribute)
            .Select(t => t.FullName)
            .ToList();

        leaking.ShouldBeEmpty("[AcrossCompanies] is for ops, system and anonymous messages; an employer message sees its own company only.");
    }

    [Fact]
    public void The_ops_ingestion_messages_name_their_cross_company_reads() =>
        Messages.Where(t => MessageAccess.DeclaredOn(t) is OpsClientAttribute { Scope: OpsScopes.Visits })
            .ShouldAllBe(t => MessageAccess.ReadsAcrossCompanies(t));
}
