using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Specifications;
using EmployerPortal.Domain.Companies;
using Mediator;

namespace EmployerPortal.Application.Users.Queries.MustSetUpTwoFactor;

/// <summary>
/// Whether the signed-in user must set up two-factor sign-in before using the portal: asked on every page request, so
/// it costs one indexed EXISTS for the company's requirement, and reads the user's own two-factor state only for a
/// company that requires it. The company's choice and the user's setup take effect on the next request.
/// </summary>
[SignedInUser]
public sealed record MustSetUpTwoFactorQuery : IQuery<bool>;

public sealed class MustSetUpTwoFactorHandler(IRepository<Company> companies, ICurrentUser currentUser, ITwoFactorAuthenticator authenticator)
    : IQueryHandler<MustSetUpTwoFactorQuery, bool>
{
    public async ValueTask<bool> Handle(MustSetUpTwoFactorQuery query, CancellationToken cancellationToken) =>
        await companies.AnyAsync(new CurrentCompanyRequiresTwoFactorSpec(), cancellationToken)
        && !(await authenticator.GetStateAsync(currentUser.RequireUserId(), cancellationToken)).Enabled;
}
