using EmployerPortal.Application.AccountRequests.Commands.SubmitAccountRequest;
using EmployerPortal.Application.AccountRequests.Specifications;
using EmployerPortal.Application.Common.Email;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Domain.AccountRequests;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace EmployerPortal.Application.UnitTests.AccountRequests;

public sealed class AccountRequestsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static AccountRequest Submitted(string company, DateTimeOffset at) =>
        AccountRequest.Submit(company, "Pat", "pat@x.example", "(214) 555-0100", 10, ["75201"], ServicesOfInterest.Vaccines, null, at);

    [Fact]
    public void AccountRequestsForListSpec_lists_newest_first_from_the_given_time()
    {
        var requests = new[] { Submitted("Old", Now.AddDays(-3)), Submitted("Newest", Now), Submitted("Recent", Now.AddDays(-1)) };

        var found = new AccountRequestsForListSpec(Now.AddDays(-2), 10).Evaluate(requests).Select(r => r.CompanyName);

        found.ShouldBe(["Newest", "Recent"]);
    }

    [Fact]
    public async Task Submitting_stores_the_request_and_queues_a_confirmation_to_the_requester_only()
    {
        var repository = Substitute.For<IRepository<AccountRequest>>();
        var outbox = Substitute.For<IEmailOutbox>();
        var handler = new SubmitAccountRequestHandler(repository, outbox, new FakeTimeProvider(Now));

        await handler.Handle(new SubmitAccountRequestCommand("Lone Star <Freight>", "Pat", "pat@lonestar.example", "(469) 555-0175", 40, "75201; 75202 75201",
            [ServicesOfInterest.DotPhysicals, ServicesOfInterest.Vaccines], null), CancellationToken.None);

        repository.Received(1).Add(Arg.Is<AccountRequest>(r =>
            r.LocationZipCodes.SequenceEqual(new[] { "75201", "75202" }) && r.Services == (ServicesOfInterest.DotPhysicals | ServicesOfInterest.Vaccines)));
        outbox.Received(1).Enqueue(Arg.Is<EmailMessage>(m =>
            m.To.SequenceEqual(new[] { "pat@lonestar.example" }) && m.HtmlBody.Contains("Lone Star &lt;Freight&gt;") && !m.HtmlBody.Contains("<Freight>")));
    }

    [Theory]
    [InlineData("75201, 75202-1234", true)]
    [InlineData("75201 7520", false)]
    [InlineData(" ", false)]
    public void The_validator_checks_every_zip_code(string zipCodes, bool valid)
    {
        var command = new SubmitAccountRequestCommand("Co", "Pat", "pat@x.example", "(214) 555-0100", 5, zipCodes, [ServicesOfInterest.Vaccines], null);

        new SubmitAccountRequestValidator().Validate(command).Errors.Any(e => e.PropertyName == "LocationZipCodes").ShouldBe(!valid);
    }
}
