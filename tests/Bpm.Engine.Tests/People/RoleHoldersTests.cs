using Bpm.Engine.People;
using Bpm.Engine.Tests.Activities.Enforcement;

namespace Bpm.Engine.Tests.People;

/// <summary>Issue 13, item 3: the kernel knows no head; it answers who holds a role for a unit, looking upwards until a
/// unit has holders, and the escalation module names the role.</summary>
public sealed class RoleHoldersTests
{
    private static readonly FakePeopleDirectory Tree = new FakePeopleDirectory()
        .Unit("province", null).Unit("city", "province").Unit("bureau", "city")
        .Holder("zhang", "head", "city").Holder("li", "head", "city").Holder("wang", "officer", "bureau");

    [Fact]
    public async Task A_unit_without_holders_takes_those_of_its_nearest_ancestor_that_has_any() =>
        Assert.Equal(["zhang", "li"], await Tree.NearestAsync("head", "bureau", CancellationToken.None));

    [Fact]
    public async Task A_units_own_holders_come_before_its_ancestors() =>
        Assert.Equal(["wang"], await Tree.NearestAsync("officer", "bureau", CancellationToken.None));

    [Fact]
    public async Task No_unit_or_no_holder_upwards_gives_nobody()
    {
        Assert.Empty(await Tree.NearestAsync("head", null, CancellationToken.None));
        Assert.Empty(await Tree.NearestAsync("supervisor", "bureau", CancellationToken.None));
        Assert.Empty(await Tree.NearestAsync("head", "province", CancellationToken.None));
    }
}
