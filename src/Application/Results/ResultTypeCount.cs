using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Results;

/// <summary>How many result documents of one type (a row of a GROUP BY type).</summary>
public sealed record ResultTypeCount(ResultType Type, int Count)
{
    public string DisplayName => ResultTypes.Get(Type).DisplayName;
}
