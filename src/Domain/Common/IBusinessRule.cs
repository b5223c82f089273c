namespace EmployerPortal.Domain.Common;

/// <summary>A named rule of the domain. The class name is the rule's name; the message is for the user.</summary>
public interface IBusinessRule
{
    string Message { get; }

    bool IsBroken();
}

/// <summary>Raised when an aggregate refuses a change because a named rule would break.</summary>
public sealed class BusinessRuleViolationException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule BrokenRule { get; } = rule;

    public string RuleName => BrokenRule.GetType().Name;
}
