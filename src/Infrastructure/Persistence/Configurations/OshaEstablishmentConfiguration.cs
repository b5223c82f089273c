using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OshaEstablishmentConfiguration : IEntityTypeConfiguration<OshaEstablishment>
{
    public void Configure(EntityTypeBuilder<OshaEstablishment> builder)
    {
        builder.ToTable("OshaEstablishments");
        builder.HasKey(e => e.Id);
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.LocationCode).HasMaxLength(10).IsRequired();
        builder.HasIndex(e => new { e.CompanyId, e.LocationCode, e.Year }).IsUnique();
        builder.ComplexProperty(e => e.Details, details =>
        {
            details.Property(d => d.EstablishmentName).HasColumnName("EstablishmentName").HasMaxLength(200).IsRequired();
            details.Property(d => d.Street).HasColumnName("Street").HasMaxLength(200).IsRequired();
            details.Property(d => d.City).HasColumnName("City").HasMaxLength(100).IsRequired();
            details.Property(d => d.State).HasColumnName("State").HasMaxLength(2).IsRequired();
            details.Property(d => d.PostalCode).HasColumnName("PostalCode").HasMaxLength(10).IsRequired();
            details.Property(d => d.IndustryDescription).HasColumnName("IndustryDescription").HasMaxLength(200).IsRequired();
            details.Property(d => d.NaicsCode).HasColumnName("NaicsCode").HasMaxLength(6).IsRequired();
            details.Property(d => d.AverageEmployees).HasColumnName("AverageEmployees");
            details.Property(d => d.HoursWorked).HasColumnName("HoursWorked");
        });
        builder.Ignore(e => e.DomainEvents);
    }
}
