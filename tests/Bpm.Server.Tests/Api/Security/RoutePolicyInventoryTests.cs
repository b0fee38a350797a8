using System.Reflection;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Api.Security;

/// <summary>docs/security.md: every <c>/api</c> route names one of the policies of <see cref="BpmPolicies"/>, except the
/// anonymous ones (sign-in, the public disclosures) and the two message routes whose integration-client filter decides.
/// A route added without a named policy would otherwise pass with the group's bare "signed in" requirement.</summary>
public abstract class RoutePolicyInventoryTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private static readonly HashSet<string> GovernedByTheirOwnFiles = new(StringComparer.Ordinal)
    {
        "POST /api/auth/token", "GET /api/public/disclosures", "POST /api/messages/publication", "POST /api/messages/correlation",
    };

    private static readonly HashSet<string> Named = typeof(BpmPolicies).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_api_route_names_a_bpm_policy()
    {
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()!.HttpMethods
                .Select(m => (Route: $"{m} /{e.RoutePattern.RawText!.Trim('/')}", Policies: e.Metadata.GetOrderedMetadata<IAuthorizeData>()
                    .Select(a => a.Policy).OfType<string>().ToList())))
            .ToList();
        Assert.NotEmpty(routes);

        var unnamed = routes.Where(r => !GovernedByTheirOwnFiles.Contains(r.Route) && !r.Policies.Any(Named.Contains)).Select(r => r.Route).Order().ToList();
        Assert.True(unnamed.Count == 0, "routes without a named policy: " + string.Join(", ", unnamed));
        Assert.Superset(GovernedByTheirOwnFiles, routes.Select(r => r.Route).ToHashSet(StringComparer.Ordinal));
    }
}

public sealed class RoutePolicyInventorySqliteTests(BpmServerFactory<Sqlite> f) : RoutePolicyInventoryTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class RoutePolicyInventoryPostgresTests(BpmServerFactory<Postgres> f) : RoutePolicyInventoryTests(f), IClassFixture<BpmServerFactory<Postgres>>;
