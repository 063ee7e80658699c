using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Torchbase.Tests;

/// <summary>
/// The API is declared as route tables: each endpoint a named public static handler with a name unique across the API and a
/// one-line summary for the caller. Checked feature by feature as the features are converted.
/// </summary>
[Collection(HostCollection.Name)]
public class RouteTableTests(TorchbaseFactory host)
{
    private IReadOnlyList<RouteEndpoint> ApiEndpoints() =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api") == true).ToList();

    [Theory]
    [InlineData("/api/service/")]
    [InlineData("/api/projects")]
    [InlineData("/api/platforms")]
    [InlineData("/api/incubators")]
    [InlineData("/api/finance/")]
    public void ServiceDesk_Projects_Carriers_and_Finance_endpoints_are_named_public_handlers_with_a_summary(string prefix)
    {
        var endpoints = ApiEndpoints().Where(e => e.RoutePattern.RawText!.StartsWith(prefix)).ToList();
        Assert.NotEmpty(endpoints);
        var problems = endpoints.SelectMany(e =>
        {
            var route = e.RoutePattern.RawText;
            var handler = e.Metadata.GetMetadata<MethodInfo>();
            var name = e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            var summary = e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary;
            var found = new List<string>();
            if (handler is null || handler.Name.Contains('<') || !handler.IsPublic || !handler.IsStatic) found.Add($"{route}: handler {handler?.Name} is not a named public static method");
            else if (name != handler.Name) found.Add($"{route}: name {name} is not the handler's ({handler.Name})");
            if (string.IsNullOrWhiteSpace(summary)) found.Add($"{route}: no summary");
            return found;
        }).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Endpoint_names_are_unique_across_the_API()
    {
        var names = ApiEndpoints().Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).OfType<string>().ToList();
        Assert.NotEmpty(names);
        var repeated = names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "Names used twice: " + string.Join(", ", repeated));
    }
}
