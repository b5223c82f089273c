using Ardalis.Specification;
using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Users;
using EmployerPortal.Application.Users.Commands.DisableTwoFactor;
using EmployerPortal.Application.Users.Commands.EnableTwoFactor;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Users;
using NSubstitute;

namespace EmployerPortal.Application.UnitTests.Users;

public sealed class TwoFactorHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly IRepository<Company> _companies = Substitute.For<IRepository<Company>>();
    private readonly ITwoFactorAuthenticator _authenticator = Substitute.For<ITwoFactorAuthenticator>();
    private readonly IAuditTrail _audit = Substitute.For<IAuditTrail>();
    private readonly Company _company = Company.Provision(AccountNumber.From("1001"), "Initech", new PostalAddress("1 Main", null, "Austin", "TX", "78701"), "(512) 555-0100", Now);
    private readonly PortalUserId _userId = PortalUserId.New();

    public TwoFactorHandlerTests() =>
        _companies.FirstOrDefaultAsync(Arg.Any<ISpecification<Company>>(), Arg.Any<CancellationToken>()).Returns(_company);

    private ICurrentUser Actor => FixedActor.Employer(_userId, _company.Id, UserRole.ViewOnly);

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on_and_is_reported_beside_the_code()
    {
        _authenticator.GetStateAsync(_userId, Arg.Any<CancellationToken>()).Returns(new TwoFactorState(false, 0));
        _authenticator.VerifyCodeAsync(_userId, "123456", Arg.Any<CancellationToken>()).Returns(false);

        var ex = await Should.ThrowAsync<ValidationFailedException>(() =>
            new EnableTwoFactorHandler(Actor, _authenticator, _audit).Handle(new EnableTwoFactorCommand("123 456"), CancellationToken.None).AsTask());

        ex.Errors.Keys.ShouldBe([nameof(EnableTwoFactorCommand.Code)]);
        await _authenticator.DidNotReceiveWithAnyArgs().EnableAsync(default, default, default);
        _audit.DidNotReceiveWithAnyArgs().Record(default!);
    }

    [Fact]
    public async Task A_right_code_typed_with_a_space_turns_two_factor_on_with_ten_recovery_codes_and_is_audited()
    {
        _authenticator.GetStateAsync(_userId, Arg.Any<CancellationToken>()).Returns(new TwoFactorState(false, 0));
        _authenticator.VerifyCodeAsync(_userId, "123456", Arg.Any<CancellationToken>()).Returns(true);
        _authenticator.EnableAsync(_userId, 10, Arg.Any<CancellationToken>()).Returns(["a", "b"]);

        var codes = await new EnableTwoFactorHandler(Actor, _authenticator, _audit).Handle(new EnableTwoFactorCommand("123 456"), CancellationToken.None);

        codes.ShouldBe(["a", "b"]);
        _audit.Received(1).Record(AuditActions.TwoFactorEnabled, nameof(PortalUser), _userId.ToString(), null);
    }

    [Fact]
    public async Task Turning_two_factor_off_is_refused_while_the_company_requires_it()
    {
        _company.ChangeTwoFactorRequirement(required: true);
        _authenticator.GetStateAsync(_userId, Arg.Any<CancellationToken>()).Returns(new TwoFactorState(true, 10));
        _authenticator.CheckPasswordAsync(_userId, Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(CurrentPasswordCheck.Correct);

        var ex = await Should.ThrowAsync<BusinessRuleViolationException>(() =>
            Disable("Portal-Demo-2026!").AsTask());

        ex.RuleName.ShouldBe(nameof(TwoFactorCannotBeTurnedOffWhileTheCompanyRequiresIt));
        await _authenticator.DidNotReceiveWithAnyArgs().DisableAsync(default, default);
    }

    [Fact]
    public async Task Six_digits_are_checked_as_an_authenticator_code_anything_else_as_the_password()
    {
        _authenticator.GetStateAsync(_userId, Arg.Any<CancellationToken>()).Returns(new TwoFactorState(true, 10));
        _authenticator.VerifyCodeAsync(_userId, "654321", Arg.Any<CancellationToken>()).Returns(true);
        _authenticator.CheckPasswordAsync(_userId, "wrong password", Arg.Any<CancellationToken>()).Returns(CurrentPasswordCheck.Wrong);

        await Should.ThrowAsync<ValidationFailedException>(() => Disable("wrong password").AsTask());
        await _authenticator.DidNotReceiveWithAnyArgs().DisableAsync(default, default);

        await Disable("654 321");

        await _authenticator.Received(1).DisableAsync(_userId, Arg.Any<CancellationToken>());
        await _authenticator.DidNotReceive().CheckPasswordAsync(_userId, "654 321", Arg.Any<CancellationToken>());
        _audit.Received(1).Record(AuditActions.TwoFactorDisabled, nameof(PortalUser), _userId.ToString(), null);
    }

    private ValueTask<Mediator.Unit> Disable(string passwordOrCode) =>
        new DisableTwoFactorHandler(_companies, Actor, _authenticator, _audit).Handle(new DisableTwoFactorCommand(passwordOrCode), CancellationToken.None);
}
