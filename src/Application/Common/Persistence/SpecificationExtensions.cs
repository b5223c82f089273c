using Ardalis.Specification;

namespace EmployerPortal.Application.Common.Persistence;

public static class SpecificationExtensions
{
    /// <summary>
    /// The named opt-out from company scope for one specification: a look-up by a key that is unique across the
    /// portal (an email address, an authorization number), used to keep it unique or to find the record a
    /// machine client names. Every other specification sees the tenant's company only.
    /// </summary>
    public static ISpecificationBuilder<T> AcrossCompanies<T>(this ISpecificationBuilder<T> builder)
        where T : class => builder.IgnoreQueryFilters();
}

/// <summary>
/// Marks a specification that sees the whole tenant company, whatever the user's locations: a look-up that keeps a
/// company-wide key unique (an employee id) and whose rows are never shown to the user. The company scope still holds.
/// </summary>
public interface IWholeCompanySpecification;
