using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Torchbase.Http;
using Torchbase.Localization;

namespace Torchbase.Identity;

/// <summary>
/// A refusal by a named requirement explains itself: when a requirement's handler fails with a reason that is a message
/// code ("sd.actor", "finance_bank_only"), the caller gets a 403 ProblemDetails with that code in their language, as a
/// handler's own refusal would read. Every other outcome is the framework's (401 challenge, plain 403).
/// </summary>
public sealed class AuthorizationProblems : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && result.AuthorizationFailure?.FailureReasons.FirstOrDefault(r => Text.Has(r.Message)) is { } reason)
        {
            await Problems.Of(StatusCodes.Status403Forbidden, reason.Message).ExecuteAsync(context);
            return;
        }
        await _default.HandleAsync(next, context, policy, result);
    }
}
