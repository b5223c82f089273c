using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Notices;
using EmployerPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PendingNoticeConfiguration : IEntityTypeConfiguration<PendingNotice>
{
    public void Configure(EntityTypeBuilder<PendingNotice> builder)
    {
        builder.ToTable("PendingNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasConversion(id => id.Value, value => new PendingNoticeId(value));
        builder.HasOne<Company>().WithMany().HasForeignKey(n => n.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.RecipientEmail).HasMaxLength(254).IsRequired();
        builder.HasIndex(n => new { n.SentAt, n.DueAt });
        builder.HasIndex(n => new { n.DocumentId, n.RecipientEmail }).IsUnique();
        builder.HasIndex(n => n.InjuryCaseId);
        builder.Ignore(n => n.IsWorkStatusNotice);
        builder.Ignore(n => n.DomainEvents);
    }
}
