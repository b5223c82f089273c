namespace EmployerPortal.Application.Common.Exceptions;

/// <summary>The thing does not exist, or belongs to another company: answered 404 either way.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");

/// <summary>Nobody is signed in (or the API key is missing or wrong): 401.</summary>
public sealed class UnauthenticatedException(string message = "Sign in first.") : Exception(message);

/// <summary>Signed in, but the role or scope does not allow it: 403.</summary>
public sealed class ForbiddenAccessException(string message = "You do not have permission to do this.") : Exception(message);

/// <summary>The request conflicts with the current state (taken id, illegal transition, stale edit): 409.</summary>
public class ConflictException : Exception
{
    public ConflictException(string message)
        : base(message)
    {
    }

    public ConflictException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>Someone else changed the record first: 409 with the current version for the user to compare.</summary>
/// <summary>
/// The change collided with a record that already exists (a unique key taken by a request running at the same
/// moment): nothing was saved. A 409, never a 500; a job that meets it runs again and finds the record.
/// </summary>
public sealed class DuplicateRecordException(string message, Exception inner) : ConflictException(message, inner);

public sealed class ConcurrencyConflictException(string message, object? current = null) : ConflictException(message)
{
    public object? Current { get; } = current;
}

/// <summary>Bad input: 400 with one or more messages per field.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException ForField(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
