using Bpm.Enforcement;
using Bpm.Enforcement.Cases;
using Bpm.Enforcement.Qualification;
using Bpm.Enforcement.Roles;
using Bpm.Engine.Cases;
using Bpm.Engine.Hosting;
using Bpm.Engine.UserTasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Enforcement;

/// <summary>The kernel alone has no enforcement rules (its own-unit case access, no assignment or handover rules); the
/// enforcement module brings its rules and case access policy in either registration order, once each.</summary>
public sealed class EnforcementRegistrationTests
{
    private static ServiceProvider Provider(bool withModule, bool moduleFirst = false)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Bpm"] = "Data Source=:memory:" }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (withModule && moduleFirst) services.AddBpmEnforcement(configuration);
        services.AddBpmEngine(configuration);
        if (withModule && !moduleFirst) services.AddBpmEnforcement(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_engine_alone_has_its_own_unit_case_access_and_no_assignment_or_handover_rules()
    {
        using var provider = Provider(withModule: false);
        Assert.IsType<OwnUnitCaseAccessPolicy>(provider.GetRequiredService<ICaseAccessPolicy>());
        Assert.Empty(provider.GetServices<IAssignmentRule>());
        Assert.Empty(provider.GetServices<IHandoverTargetRule>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_module_brings_its_rules_and_case_access_in_either_order(bool moduleFirst)
    {
        using var provider = Provider(withModule: true, moduleFirst);
        Assert.IsType<EnforcementCaseAccessPolicy>(Assert.Single(provider.GetServices<ICaseAccessPolicy>()));
        Assert.Equal([CertificateRule.Rule, SeparationOfDutiesRule.Rule, LegalQualificationRule.Rule, TwoOfficersRule.Rule],
            provider.GetServices<IAssignmentRule>().Select(rule => rule.Name));
        Assert.IsType<CaseWorkerHandoverRule>(Assert.Single(provider.GetServices<IHandoverTargetRule>()));
    }
}
