using FluentValidation;

namespace EmployerPortal.Application.AccountRequests.Queries.ListAccountRequests;

public sealed class ListAccountRequestsValidator : AbstractValidator<ListAccountRequestsQuery>
{
    public ListAccountRequestsValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, ListAccountRequestsQuery.MaxLimit).WithMessage($"Ask for 1 to {ListAccountRequestsQuery.MaxLimit} requests at a time.");
}
