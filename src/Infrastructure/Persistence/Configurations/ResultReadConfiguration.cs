using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ResultReadConfiguration : IEntityTypeConfiguration<ResultRead>
{
    public void Configure(EntityTypeBuilder<ResultRead> builder)
    {
        builder.ToTable("ResultReads");
        builder.HasKey(r => new { r.UserId, r.DocumentId });
        builder.HasOne<ResultDocument>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
