using EmployerPortal.Domain.AccountRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class AccountRequestConfiguration : IEntityTypeConfiguration<AccountRequest>
{
    public void Configure(EntityTypeBuilder<AccountRequest> builder)
    {
        builder.ToTable("AccountRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CompanyName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.ContactName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(254).IsRequired();
        builder.Property(r => r.Phone).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.PrimitiveCollection<List<string>>("_locationZipCodes").HasColumnName("LocationZipCodes");
        builder.Ignore(r => r.LocationZipCodes);
        builder.Ignore(r => r.DomainEvents);
        builder.HasIndex(r => r.SubmittedAt);
    }
}
