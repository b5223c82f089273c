using EmployerPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal static class EmployeeMapping
{
    /// <summary>The employee value object as Employee* columns of its aggregate's table.</summary>
    public static void MapEmployee(this ComplexPropertyBuilder<Employee> employee)
    {
        employee.Property(e => e.FirstName).HasColumnName("EmployeeFirstName").HasMaxLength(100);
        employee.Property(e => e.LastName).HasColumnName("EmployeeLastName").HasMaxLength(100);
        employee.Property(e => e.DateOfBirth).HasColumnName("EmployeeDateOfBirth");
        employee.Property(e => e.EmployeeId).HasColumnName("EmployeeNumber").HasMaxLength(50);
        employee.Property(e => e.Email).HasColumnName("EmployeeEmail").HasMaxLength(254);
        employee.Property(e => e.Phone).HasColumnName("EmployeePhone").HasMaxLength(40);
    }
}
