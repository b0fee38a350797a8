using Bpm.Server.Identity.Vocabulary;

namespace Bpm.Server.Auth.Policies;

/// <summary>Registers the named policies of <see cref="BpmPolicies"/>.</summary>
public static class AuthorizationPolicySetup
{
    public static IServiceCollection AddBpmAuthorizationPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(BpmPolicies.Person, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client)))
            .AddPolicy(BpmPolicies.Admin, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.Designer, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Designer, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.CaseRole, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Officer, IdentityRoles.Reviewer, IdentityRoles.Head, IdentityRoles.Supervisor, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.CaseComment, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Officer, IdentityRoles.Reviewer, IdentityRoles.Head, IdentityRoles.Supervisor, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.PeopleSearch, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Officer, IdentityRoles.Reviewer, IdentityRoles.Head, IdentityRoles.Supervisor, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.Directory, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Designer, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.Statistics, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Designer, IdentityRoles.Head, IdentityRoles.Supervisor, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.DiscretionStatistics, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Reviewer, IdentityRoles.Head, IdentityRoles.Supervisor, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.DecisionEvaluation, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Officer, IdentityRoles.Reviewer, IdentityRoles.Head, IdentityRoles.Designer, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.AccessLog, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Head, IdentityRoles.Supervisor, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.CaseFile, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Officer, IdentityRoles.Reviewer, IdentityRoles.Head, IdentityRoles.Supervisor, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.VariableEdit, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == BpmClaims.Client))
                .RequireRole(IdentityRoles.Head, IdentityRoles.Admin))
            .AddPolicy(BpmPolicies.Integration, p => p.RequireAuthenticatedUser()
                .RequireAssertion(c => c.User.HasClaim(x => x.Type == BpmClaims.Client)
                    && c.User.FindAll(BpmClaims.Scope).SelectMany(s => s.Value.Split(' ')).Contains("messages")));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, PolicyRefusalHandler>();
        return services;
    }
}
