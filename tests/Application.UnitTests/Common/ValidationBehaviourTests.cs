using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Behaviours;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Companies.Commands.ProvisionCompany;
using Mediator;

namespace EmployerPortal.Application.UnitTests.Common;

public sealed class ValidationBehaviourTests
{
    private static readonly ProvisionCompanyCommand Valid = new(
        "123456", "Initech", "(512) 555-0100",
        new AddressInput("1 Main St", null, "Austin", "TX", "78701"),
        new FirstAdminInput("boss@initech.example", "Bill", "Lumbergh"));

    private static async Task<bool> RunAsync(ProvisionCompanyCommand command)
    {
        var handled = false;
        var behaviour = new ValidationBehaviour<ProvisionCompanyCommand, ProvisionedCompany>([new ProvisionCompanyValidator()]);
        await behaviour.Handle(command, (_, _) =>
        {
            handled = true;
            return ValueTask.FromResult(new ProvisionedCompany(Guid.Empty, "", Guid.Empty));
        }, CancellationToken.None);
        return handled;
    }

    [Fact]
    public async Task A_valid_message_reaches_its_handler() => (await RunAsync(Valid)).ShouldBeTrue();

    [Fact]
    public async Task Every_bad_field_is_reported_by_name_and_the_handler_never_runs()
    {
        var bad = Valid with
        {
            AccountNumber = "12ab",
            Phone = "call me",
            Address = new AddressInput("1 Main St", null, "Austin", "XX", "7870"),
            FirstAdmin = new FirstAdminInput("not-an-email", "<script>", "Lumbergh"),
        };

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => RunAsync(bad));

        ex.Errors.Keys.ShouldBe(
            ["AccountNumber", "Phone", "Address.State", "Address.PostalCode", "FirstAdmin.Email", "FirstAdmin.FirstName"],
            ignoreOrder: true);
    }
}
