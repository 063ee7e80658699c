using Microsoft.AspNetCore.Antiforgery;
using Torchbase.Http;

namespace Torchbase.Identity;

/// <summary>
/// Cookie-authenticated writes must carry the antiforgery token in a header (double-submit: the SPA reads
/// the XSRF-TOKEN cookie and echoes it). Applied to the whole /api group as an endpoint filter, after
/// authorization, so an anonymous write to a protected endpoint still answers 401.
/// </summary>
public sealed class Antiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string HeaderName = "X-XSRF-TOKEN";
    public const string CookieName = "XSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method))
        {
            try { await antiforgery.ValidateRequestAsync(http); }
            catch (AntiforgeryValidationException) { return Problems.Of(StatusCodes.Status400BadRequest, "antiforgery"); }
        }
        return await next(context);
    }

    /// <summary>Issues a fresh token pair: the cookie the SPA reads and echoes back.</summary>
    public static void Issue(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/",
        });
    }
}
