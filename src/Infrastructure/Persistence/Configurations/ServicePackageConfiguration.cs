using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ServicePackageConfiguration : IEntityTypeConfiguration<ServicePackage>
{
    public void Configure(EntityTypeBuilder<ServicePackage> builder)
    {
        builder.ToTable("ServicePackages");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(p => new { p.CompanyId, p.Code }).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Instructions).HasMaxLength(2000);
        builder.PrimitiveCollection(p => p.ServiceCodes).HasField("_serviceCodes").UsePropertyAccessMode(PropertyAccessMode.Field).HasMaxLength(1000);
        builder.Ignore(p => p.DomainEvents);
    }
}
