using EmployerPortal.Application.Audit;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Application.Reports.Specifications;
using EmployerPortal.Domain.Reports;
using FluentValidation;
using Mediator;

namespace EmployerPortal.Application.Reports.Commands.SubscribeToReport;

/// <summary>The signed-in user subscribes to a report (or changes how often they get it). Only ever their own subscription.</summary>
[RequiresPermission(Permission.ManageOwnReportSubscriptions)]
public sealed record SubscribeToReportCommand(ReportKind Kind, ReportFrequency Frequency) : ICommand<Guid>;

public sealed class SubscribeToReportHandler(
    ICurrentUser currentUser,
    IRepository<ReportSubscription> subscriptions,
    IAuditTrail audit,
    ICompanyClock companyClock,
    TimeProvider clock) : ICommandHandler<SubscribeToReportCommand, Guid>
{
    public async ValueTask<Guid> Handle(SubscribeToReportCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var now = clock.GetUtcNow();
        var calendar = await companyClock.ForTenantAsync(cancellationToken);
        var subscription = await subscriptions.FirstOrDefaultAsync(new ReportSubscriptionOfUserByKindSpec(userId, command.Kind), cancellationToken);
        if (subscription is null)
        {
            subscription = ReportSubscription.Subscribe(userId, currentUser.RequireCompanyId(), command.Kind, command.Frequency, now, calendar);
            subscriptions.Add(subscription);
        }
        else
        {
            subscription.Renew(command.Frequency, now, calendar);
        }

        audit.Record(ReportAuditActions.SubscriptionChanged, "ReportSubscription", subscription.Id.ToString(), $"{command.Kind} {command.Frequency}");
        return subscription.Id.Value;
    }
}

public sealed class SubscribeToReportValidator : AbstractValidator<SubscribeToReportCommand>
{
    public SubscribeToReportValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choose a report from the list.");
        RuleFor(c => c.Frequency).IsInEnum().WithMessage("Choose how often the report is delivered: daily, weekly or monthly.");
    }
}
