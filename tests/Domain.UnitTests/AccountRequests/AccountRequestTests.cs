using EmployerPortal.Domain.AccountRequests;

namespace EmployerPortal.Domain.UnitTests.AccountRequests;

public sealed class AccountRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Submitting_trims_the_values_drops_repeated_zip_codes_and_raises_an_event()
    {
        var request = AccountRequest.Submit(" Lone Star ", " Pat ", " pat@x.example ", "(214) 555-0100", 12, ["75201", " 75201 ", "75202"], ServicesOfInterest.Vaccines, "  ", Now);

        request.CompanyName.ShouldBe("Lone Star");
        request.Email.ShouldBe("pat@x.example");
        request.LocationZipCodes.ShouldBe(["75201", "75202"]);
        request.Message.ShouldBeNull();
        request.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<AccountRequestSubmitted>().AccountRequestId.ShouldBe(request.Id);
    }

    [Fact]
    public void A_request_needs_at_least_one_employee()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            AccountRequest.Submit("Co", "Pat", "pat@x.example", "(214) 555-0100", 0, ["75201"], ServicesOfInterest.Vaccines, null, Now));
    }
}
