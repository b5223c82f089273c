using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Exceptions;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Reports.Specifications;
using EmployerPortal.Domain.Reports;
using Mediator;

namespace EmployerPortal.Application.Reports.Commands.CancelReportSubscription;

/// <summary>The signed-in user stops one of their subscriptions; anyone else's is not found (404).</summary>
[RequiresPermission(Permission.ManageOwnReportSubscriptions)]
public sealed record CancelReportSubscriptionCommand(Guid SubscriptionId) : ICommand<Unit>;

public sealed class CancelReportSubscriptionHandler(ICurrentUser currentUser, IRepository<ReportSubscription> subscriptions, IAuditTrail audit)
    : ICommandHandler<CancelReportSubscriptionCommand, Unit>
{
    public async ValueTask<Unit> Handle(CancelReportSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FirstOrDefaultAsync(
                new ReportSubscriptionOfUserByIdSpec(currentUser.RequireUserId(), new ReportSubscriptionId(command.SubscriptionId)), cancellationToken)
            ?? throw new NotFoundException("Report subscription");
        subscription.Cancel();
        audit.Record(ReportAuditActions.SubscriptionChanged, "ReportSubscription", subscription.Id.ToString(), "cancelled");
        return Unit.Value;
    }
}
