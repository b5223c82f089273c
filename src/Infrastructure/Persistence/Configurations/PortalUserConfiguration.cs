using EmployerPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.ToTable("PortalUsers");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Email).HasMaxLength(254).IsRequired();
        builder.HasIndex(u => u.Email).IsUnique();
        builder.HasIndex(u => new { u.CompanyId, u.Role, u.Status });
        builder.Property(u => u.FirstName).HasMaxLength(100).IsRequired();
        builder.Property(u => u.LastName).HasMaxLength(100).IsRequired();
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.NoticeFrequency).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Domain.Companies.Company>().WithMany().HasForeignKey(u => u.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(u => u.FullName);
        builder.Ignore(u => u.IsActiveAdmin);
        builder.PrimitiveCollection<List<string>>("_locationCodes").HasColumnName("LocationCodes");
        builder.Ignore(u => u.LocationCodes);
        builder.Ignore(u => u.IsCompanyWide);
        builder.Ignore(u => u.DomainEvents);
    }
}
