using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Employees;
using EmployerPortal.Domain.Notices;
using EmployerPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ComplianceReminderConfiguration : IEntityTypeConfiguration<ComplianceReminder>
{
    public void Configure(EntityTypeBuilder<ComplianceReminder> builder)
    {
        builder.ToTable("ComplianceReminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasConversion(id => id.Value, value => new ComplianceReminderId(value));
        builder.HasOne<Company>().WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RosterEmployee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.UserId, r.EmployeeId, r.Kind, r.DueOn }).IsUnique();
        builder.HasIndex(r => r.CompanyId);
        builder.Ignore(r => r.DomainEvents);
    }
}
