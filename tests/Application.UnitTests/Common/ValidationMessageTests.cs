using System.Reflection;
using EmployerPortal.Application.Authorizations.Commands.CreateAuthorization;
using EmployerPortal.Application.Common.Persistence;
using EmployerPortal.Application.Common.Time;
using EmployerPortal.Domain.Authorizations;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using NSubstitute;

namespace EmployerPortal.Application.UnitTests.Common;

/// <summary>
/// Every message a validator can give is written for people ("Enter the street address"), never FluentValidation's
/// default template that names a property ("'Line1' must not be empty"): each rule of every validator of the
/// application — child rules included — carries its own message.
/// </summary>
public sealed class ValidationMessageTests
{
    public static TheoryData<string> Validators()
    {
        var data = new TheoryData<string>();
        foreach (var type in ValidatorTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void The_application_has_validators_to_check() => ValidatorTypes().Count().ShouldBeGreaterThan(20);

    [Theory]
    [MemberData(nameof(Validators))]
    public void Every_rule_of_the_validator_has_a_message_written_for_people(string validatorType)
    {
        var validator = Create(typeof(CreateAuthorizationValidator).Assembly.GetType(validatorType)!);

        var defaults = RulesWithoutMessage(validator, validatorType).ToList();

        defaults.ShouldBeEmpty("these rules would show FluentValidation's default message, which names the property");
    }

    [Fact]
    public void The_check_finds_a_rule_left_with_the_default_message()
    {
        var validator = new InlineValidator<Sample>();
        validator.RuleFor(s => s.Line1).NotEmpty();
        validator.RuleFor(s => s.City).NotEmpty().WithMessage("Enter the city.");
        validator.RuleFor(s => s.City).Custom((_, _) => { });
        validator.RuleFor(s => s.City).Must(c => c != "x");

        RulesWithoutMessage(validator, "sample").ShouldBe(["sample: Line1 NotEmptyValidator", "sample: City PredicateValidator"]);
    }

    private static IEnumerable<string> RulesWithoutMessage(IValidator validator, string where)
    {
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            foreach (var component in rule.Components)
            {
                var propertyValidator = component.Validator;
                var validatorName = propertyValidator.GetType().Name.Split('`')[0];
                if (propertyValidator is IChildValidatorAdaptor)
                {
                    if (ChildValidator(propertyValidator) is { } child)
                    {
                        foreach (var missing in RulesWithoutMessage(child, $"{where} > {rule.PropertyName}"))
                        {
                            yield return missing;
                        }
                    }

                    continue;
                }

                // Custom(...) rules add their failures with their own messages: FluentValidation wraps them in a predicate of its own.
                if (IsCustomRule(propertyValidator))
                {
                    continue;
                }

                if (ComponentField(component, "_errorMessage").GetValue(component) is null && ComponentField(component, "_errorMessageFactory").GetValue(component) is null)
                {
                    yield return $"{where}: {rule.PropertyName} {validatorName}";
                }
            }
        }
    }

    private static bool IsCustomRule(object propertyValidator) =>
        propertyValidator.GetType().GetFields(BindingFlags.NonPublic | BindingFlags.Instance)
            .Select(f => f.GetValue(propertyValidator))
            .OfType<Delegate>()
            .Any(d => d.Method.DeclaringType?.FullName?.StartsWith("FluentValidation.", StringComparison.Ordinal) == true
                && d.Target?.GetType().GetFields().Any(f => f.FieldType.Name.StartsWith("Action", StringComparison.Ordinal) || f.FieldType.Name.StartsWith("Func`4", StringComparison.Ordinal) && f.FieldType.GenericTypeArguments[^1] == typeof(Task)) == true);

    /// <summary>The validator a SetValidator or ChildRules call holds (types declared in the assembly are checked on their own too).</summary>
    private static IValidator? ChildValidator(object adaptor)
    {
        var field = adaptor.GetType().GetField("_validator", BindingFlags.NonPublic | BindingFlags.Instance);
        return field?.GetValue(adaptor) as IValidator;
    }

    private static IEnumerable<Type> ValidatorTypes() =>
        typeof(CreateAuthorizationValidator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition && typeof(IValidator).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IValidator Create(Type type)
    {
        var constructor = type.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(ICompanyClock) => Substitute.For<ICompanyClock>(),
            var t when t == typeof(IRepository<ServiceCatalogEntry>) => Substitute.For<IRepository<ServiceCatalogEntry>>(),
            var t => Substitute.For([t], []),
        }).ToArray();
        return (IValidator)constructor.Invoke(arguments);
    }

    private static FieldInfo ComponentField(object component, string name) =>
        component.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)
        ?? component.GetType().BaseType?.GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException($"FluentValidation's RuleComponent has no {name} field any more: update this test.");

    public sealed class Sample
    {
        public string? Line1 { get; set; }

        public string? City { get; set; }
    }
}
