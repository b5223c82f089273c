namespace EmployerPortal.Web.Infrastructure;

/// <summary>
/// Error status codes of <c>/api</c> requests that no endpoint wrote a body for — an unknown route (404), an unmapped
/// method (405), a body the endpoint cannot read (415) — answered as RFC 9457 ProblemDetails JSON whatever the
/// Accept header says, instead of the HTML error page that pages get.
/// </summary>
public static class ApiStatusCodeProblems
{
    /// <summary>Call after <c>UseStatusCodePagesWithReExecute</c>, so that for API paths this inner handler answers first.</summary>
    public static IApplicationBuilder UseApiStatusCodeProblems(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api => api.UseStatusCodePages(context =>
                TypedResults.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext)));
}
