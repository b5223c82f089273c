using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Application.Users.Specifications;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using Mediator;

namespace EmployerPortal.Application.Companies.Commands.ProvisionCompany;

public sealed record FirstAdminInput(string? Email, string? FirstName, string? LastName);

/// <summary>Ops provisions a new employer customer and invites its first Admin. Without a time zone the company keeps its state's.</summary>
[OpsClient(OpsScopes.Companies)]
[AcrossCompanies("Ops provisions companies; the first Admin's email is unique across the portal.")]
public sealed record ProvisionCompanyCommand(
    string? AccountNumber,
    string? Name,
    string? Phone,
    AddressInput? Address,
    FirstAdminInput? FirstAdmin,
    string? TimeZone = null) : ICommand<ProvisionedCompany>;

public sealed record ProvisionedCompany(Guid CompanyId, string AccountNumber, Guid FirstAdminUserId);

public sealed class ProvisionCompanyHandler(
    IRepository<Company> companies,
    IRepository<PortalUser> users,
    TimeProvider clock) : ICommandHandler<ProvisionCompanyCommand, ProvisionedCompany>
{
    public async ValueTask<ProvisionedCompany> Handle(ProvisionCompanyCommand command, CancellationToken cancellationToken)
    {
        var accountNumber = AccountNumber.From(command.AccountNumber!);
        if (await companies.AnyAsync(new CompanyByAccountNumberSpec(accountNumber), cancellationToken))
        {
            throw new ConflictException($"Account number {accountNumber} is already taken.");
        }

        var admin = command.FirstAdmin!;
        if (await users.AnyAsync(new PortalUserByEmailSpec(admin.Email!), cancellationToken))
        {
            throw new ConflictException("That email address already belongs to a portal user.");
        }

        var now = clock.GetUtcNow();
        var company = Company.Provision(accountNumber, command.Name!, command.Address!.ToAddress(), command.Phone!, now,
            string.IsNullOrWhiteSpace(command.TimeZone) ? null : CompanyTimeZone.From(command.TimeZone));
        var firstAdmin = PortalUser.InviteFirstAdmin(company.Id, admin.Email!, admin.FirstName!, admin.LastName!, now);
        companies.Add(company);
        users.Add(firstAdmin);
        return new ProvisionedCompany(company.Id.Value, accountNumber.Value, firstAdmin.Id.Value);
    }
}
