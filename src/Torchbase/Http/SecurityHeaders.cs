namespace Torchbase.Http;

public static class SecurityHeaders
{
    /// <summary>No framing, no MIME sniffing, scripts only from this origin.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // Swagger UI needs inline styles and scripts; the SPA does not.
        headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/swagger")
            ? "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src 'self' data:"
            : "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; " +
                "frame-ancestors 'none'";
        await next();
    });
}

public static class Uploads
{
    public const long MaxBytes = 20L * 1024 * 1024;
}
