using EmployerPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.MessageId).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.To).HasMaxLength(4000).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(500).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.Ignore(m => m.Recipients);
        builder.OwnsMany(m => m.Attachments, attachment =>
        {
            attachment.ToTable("OutboxAttachments");
            attachment.WithOwner().HasForeignKey("OutboxMessageId");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Id).ValueGeneratedOnAdd();
            attachment.Property(a => a.FileName).HasMaxLength(255).IsRequired();
            attachment.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
            attachment.Property(a => a.Content).IsRequired();
        });
        builder.Navigation(m => m.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
