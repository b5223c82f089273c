using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Users.Queries.GetTwoFactorStatus;

/// <summary>
/// The signed-in user's two-factor sign-in: on or off, recovery codes left, whether the company requires it, and
/// whether the user must set it up before using the portal (the pages about two-factor sign-in; every other request has
/// the same answer from the session's own read, see the Web's two-factor requirement).
/// </summary>
[SignedInUser]
public sealed record GetTwoFactorStatusQuery : IQuery<TwoFactorStatusDto>;

public sealed record TwoFactorStatusDto(bool Enabled, int RecoveryCodesLeft, bool RequiredByCompany, bool MustSetUp);

public sealed class GetTwoFactorStatusHandler(IRepository<Company> companies, ICurrentUser currentUser, ITwoFactorAuthenticator authenticator)
    : IQueryHandler<GetTwoFactorStatusQuery, TwoFactorStatusDto>
{
    public async ValueTask<TwoFactorStatusDto> Handle(GetTwoFactorStatusQuery query, CancellationToken cancellationToken)
    {
        var company = await companies.FirstOrDefaultAsync(new CurrentCompanySpec(), cancellationToken)
            ?? throw new NotFoundException("Company");
        var state = await authenticator.GetStateAsync(currentUser.RequireUserId(), cancellationToken);
        return new TwoFactorStatusDto(state.Enabled, state.RecoveryCodesLeft, company.RequiresTwoFactor, company.MustSetUpTwoFactor(state.Enabled));
    }
}
