using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Torchbase.Http;

/// <summary>
/// How the built web is cached: Vite names everything under /assets by its content hash, so a browser keeps those for a year
/// and never asks again; index.html (and every page the SPA serves through it) is revalidated each time, so a new release
/// is picked up at the next visit.
/// </summary>
public static class WebAssets
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    public static readonly StaticFileOptions Options = new()
    {
        OnPrepareResponse = context =>
        {
            var path = context.Context.Request.Path;
            context.Context.Response.Headers[HeaderNames.CacheControl] =
                path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase) ? Immutable : Revalidate;
        },
    };
}
