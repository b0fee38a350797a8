using Bpm.Engine.Persistence.Store;

namespace Bpm.Engine.Tests.Persistence;

public sealed class ParameterNamesTests
{
    [Fact]
    public void Each_name_says_its_column_and_row_in_any_order_of_asking()
    {
        Assert.Equal("@m7_1234", ParameterNames.Of(7, 1234));
        Assert.Equal("@m0_0", ParameterNames.Of(0, 0));
        Assert.Equal("@m40_3", ParameterNames.Of(40, 3));
        Assert.Equal("@m7_1235", ParameterNames.Of(7, 1235));
        Assert.Equal("@m7_1", ParameterNames.Of(7, 1));
    }

    [Fact]
    public void A_name_asked_again_is_the_same_string_not_a_new_one()
    {
        var first = ParameterNames.Of(3, 517);
        ParameterNames.Of(12, 2000);
        Assert.Same(first, ParameterNames.Of(3, 517));
    }

    [Fact]
    public async Task Callers_asking_at_once_get_the_right_names()
    {
        var wrong = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var row = 0; row < 3000; row++)
                for (var column = worker; column < worker + 3; column++)
                    if (ParameterNames.Of(column, row) != $"@m{column}_{row}") Interlocked.Increment(ref wrong);
        })));
        Assert.Equal(0, wrong);
    }
}
