using EmployerPortal.Application.Users.Commands.AcceptInvitation;
using EmployerPortal.Application.Users.Commands.ChangeMyPassword;
using EmployerPortal.Application.Users.Commands.ResetPassword;
using FluentValidation;

namespace EmployerPortal.Application.UnitTests.Users;

/// <summary>A new password is 12 to 128 characters wherever it is chosen (a 100,000-character one is refused, not hashed).</summary>
public sealed class PasswordRuleTests
{
    public static TheoryData<int, bool> Lengths => new() { { 11, false }, { 12, true }, { 128, true }, { 129, false }, { 100_000, false } };

    private static bool Valid<T>(IValidator<T> validator, T command) => validator.Validate(command).IsValid;

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Every_place_a_password_is_chosen_takes_12_to_128_characters(int length, bool valid)
    {
        var password = new string('p', length - 1) + "!";
        Valid(new ChangeMyPasswordValidator(), new ChangeMyPasswordCommand("Current-Password-1", password, password)).ShouldBe(valid);
        Valid(new ResetPasswordValidator(), new ResetPasswordCommand("token", password, password)).ShouldBe(valid);
        Valid(new AcceptInvitationValidator(), new AcceptInvitationCommand("token", password, password)).ShouldBe(valid);
    }
}
