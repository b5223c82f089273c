using EmployerPortal.Application.Common.Behaviours;
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
}
