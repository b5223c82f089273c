using System.Linq.Expressions;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace EmployerPortal.Infrastructure.Persistence.Specifications;

/// <summary>
/// Turns an Ardalis specification into an EF Core query. The package's own Where, Order and Pagination
/// evaluators do their part; this adds what only EF Core can do: Include, AsNoTracking and Search
/// (<c>EF.Functions.Like</c>, one OR per search group, groups AND-ed).
/// </summary>
public static class EfSpecificationEvaluator
{
    public static IQueryable<T> GetQuery<T>(IQueryable<T> source, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        var query = WhereEvaluator.Instance.GetQuery(source, specification);
        query = ApplySearch(query, specification);
        if (evaluateCriteriaOnly)
        {
            return query;
        }

        query = ApplyIncludes(query, specification);
        query = OrderEvaluator.Instance.GetQuery(query, specification);
        query = PaginationEvaluator.Instance.GetQuery(query, specification);
        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }
        else if (specification.AsNoTrackingWithIdentityResolution)
        {
            query = query.AsNoTrackingWithIdentityResolution();
        }

        if (specification.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }

        return query;
    }

    public static IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> source, ISpecification<T, TResult> specification)
        where T : class
    {
        var query = GetQuery(source, (ISpecification<T>)specification);
        if (specification.Selector is null)
        {
            throw new InvalidOperationException($"{specification.GetType().Name} has no Select.");
        }

        return query.Select(specification.Selector);
    }

    private static IQueryable<T> ApplySearch<T>(IQueryable<T> query, ISpecification<T> specification)
    {
        foreach (var group in specification.SearchCriterias.GroupBy(c => c.SearchGroup))
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            Expression? anyMatch = null;
            foreach (var criterion in group)
            {
                var selected = new ParameterReplacer(criterion.Selector.Parameters[0], parameter).Visit(criterion.Selector.Body);
                var like = Expression.Call(
                    typeof(DbFunctionsExtensions),
                    nameof(DbFunctionsExtensions.Like),
                    Type.EmptyTypes,
                    Expression.Constant(EF.Functions),
                    selected,
                    Expression.Constant(criterion.SearchTerm));
                anyMatch = anyMatch is null ? like : Expression.OrElse(anyMatch, like);
            }

            if (anyMatch is not null)
            {
                query = query.Where(Expression.Lambda<Func<T, bool>>(anyMatch, parameter));
            }
        }

        return query;
    }

    private static IQueryable<T> ApplyIncludes<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        string? previousPath = null;
        foreach (var include in specification.IncludeExpressions)
        {
            var member = MemberPath(include.LambdaExpression.Body);
            previousPath = include.Type == IncludeTypeEnum.Include || previousPath is null ? member : $"{previousPath}.{member}";
            query = query.Include(previousPath);
        }

        foreach (var path in specification.IncludeStrings)
        {
            query = query.Include(path);
        }

        return query;
    }

    private static string MemberPath(Expression body) => body switch
    {
        MemberExpression { Expression: ParameterExpression } member => member.Member.Name,
        MemberExpression member => $"{MemberPath(member.Expression!)}.{member.Member.Name}",
        UnaryExpression unary => MemberPath(unary.Operand),
        _ => throw new NotSupportedException($"Include of '{body}' is not supported; include a navigation property."),
    };

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
