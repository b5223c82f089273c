using EmployerPortal.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmployerPortal.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Puts each field error beside its field: command property "Address.City" → input "Input.Address.City".</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationFailedException exception, string prefix = "Input")
    {
        foreach (var (field, messages) in exception.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
            }
        }
    }
}
