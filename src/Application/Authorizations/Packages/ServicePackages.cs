using Ardalis.Specification;
using EmployerPortal.Application.Authorizations.Specifications;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Validation;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using FluentValidation;
using Mediator;

namespace EmployerPortal.Application.Authorizations.Packages;

/// <summary>A company's custom package as ops and the authorization form see it.</summary>
public sealed record ServicePackageDto(string Code, string Name, IReadOnlyList<string> Services, string? Instructions)
{
    public static ServicePackageDto From(ServicePackage package) => new(package.Code, package.Name, package.ServiceCodes, package.Instructions);
}

/// <summary>Ops defines or changes a company's package; the same body again changes nothing (an idempotent upsert).</summary>
[OpsClient(OpsScopes.Companies)]
[AcrossCompanies("Ops configures any company.")]
public sealed record PutServicePackageCommand(string AccountNumber, string Code, string? Name, IReadOnlyList<string>? Services, string? Instructions)
    : ICommand<ServicePackageDto>;

/// <summary>A company's packages by name.</summary>
[OpsClient(OpsScopes.Companies)]
[AcrossCompanies("Ops reads any company.")]
public sealed record ListServicePackagesQuery(string AccountNumber) : IQuery<IReadOnlyList<ServicePackageDto>>;

/// <summary>The packages of the user's company, offered first on the authorization form.</summary>
[RequiresPermission(Permission.CreateAuthorizations)]
public sealed record GetMyServicePackagesQuery : IQuery<IReadOnlyList<ServicePackageDto>>;

public sealed class ServicePackageHandlers(IRepository<Company> companies, IRepository<ServicePackage> packages, IRepository<ServiceCatalogEntry> catalog) :
    ICommandHandler<PutServicePackageCommand, ServicePackageDto>,
    IQueryHandler<ListServicePackagesQuery, IReadOnlyList<ServicePackageDto>>,
    IQueryHandler<GetMyServicePackagesQuery, IReadOnlyList<ServicePackageDto>>
{
    public async ValueTask<ServicePackageDto> Handle(PutServicePackageCommand command, CancellationToken cancellationToken)
    {
        var company = await CompanyAsync(command.AccountNumber, cancellationToken);
        var offered = (await catalog.ListAsync(new ActiveCatalogServicesSpec(), cancellationToken)).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = command.Services!.Select(s => s.Trim()).Where(s => !offered.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            throw ValidationFailedException.ForField(nameof(PutServicePackageCommand.Services), $"Not in the service catalog: {string.Join(", ", unknown)}.");
        }

        var existing = await packages.FirstOrDefaultAsync(new ServicePackageByCodeSpec(company.Id, command.Code), cancellationToken);
        if (existing is null)
        {
            existing = ServicePackage.Create(company.Id, command.Code, command.Name!, command.Services!, command.Instructions);
            packages.Add(existing);
        }
        else
        {
            existing.Change(command.Name!, command.Services!, command.Instructions);
        }

        return ServicePackageDto.From(existing);
    }

    public async ValueTask<IReadOnlyList<ServicePackageDto>> Handle(ListServicePackagesQuery query, CancellationToken cancellationToken)
    {
        var company = await CompanyAsync(query.AccountNumber, cancellationToken);
        return [.. (await packages.ListAsync(new ServicePackagesOfCompanySpec(company.Id), cancellationToken)).Select(ServicePackageDto.From)];
    }

    public async ValueTask<IReadOnlyList<ServicePackageDto>> Handle(GetMyServicePackagesQuery query, CancellationToken cancellationToken) =>
        [.. (await packages.ListAsync(new ServicePackagesOfCompanySpec(null), cancellationToken)).Select(ServicePackageDto.From)];

    private async Task<Company> CompanyAsync(string accountNumber, CancellationToken cancellationToken) =>
        (AccountNumber.IsValid(accountNumber)
            ? await companies.FirstOrDefaultAsync(new CompanyByAccountNumberSpec(AccountNumber.From(accountNumber)), cancellationToken)
            : null)
        ?? throw new NotFoundException("Company");
}

/// <summary>A company's package by code (the company named, for ops working across companies).</summary>
public sealed class ServicePackageByCodeSpec : SingleResultSpecification<ServicePackage>
{
    public ServicePackageByCodeSpec(CompanyId? companyId, string code)
    {
        var normalized = ServicePackage.NormalizeCode(code);
        Query.Where(p => p.Code == normalized);
        if (companyId is { } id)
        {
            Query.Where(p => p.CompanyId == id);
        }
    }
}

/// <summary>A company's packages by name; without a company, the tenant's (the company filter narrows them).</summary>
public sealed class ServicePackagesOfCompanySpec : Specification<ServicePackage>
{
    public ServicePackagesOfCompanySpec(CompanyId? companyId)
    {
        if (companyId is { } id)
        {
            Query.Where(p => p.CompanyId == id);
        }

        Query.OrderBy(p => p.Name);
    }
}

public sealed class PutServicePackageValidator : AbstractValidator<PutServicePackageCommand>
{
    public PutServicePackageValidator()
    {
        RuleFor(p => p.Code).Must(IsValidCode).WithMessage("A package code is 1 to 20 letters, digits or hyphens, e.g. NEW-DRIVER.");
        RuleFor(p => p.Name).NotEmpty().WithMessage("Give the package's name.").MaximumLength(200).WithMessage("A package name can be at most 200 characters.").PlainText();
        RuleFor(p => p.Services).NotEmpty().WithMessage("List at least one service code from the catalog.");
        RuleForEach(p => p.Services).NotEmpty().WithMessage("A service code cannot be blank.").MaximumLength(50).WithMessage("A service code can be at most 50 characters.");
        RuleFor(p => p.Instructions).MaximumLength(2000).WithMessage("Package instructions can be at most 2,000 characters.").PlainText();
    }

    private static bool IsValidCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Trim().Length <= 20 && code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
