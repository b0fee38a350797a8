using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>缴款登记: a payment notice is added to the case's payments and checked against the amount due; less than the
/// amount due is recorded as partial with the outstanding remainder.</summary>
public sealed class PaymentRecordActivityTests : IDisposable
{
    private const string Type = "bpm:payment-record";

    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s.AddBpmActivities(BpmActivitiesAssembly.Assembly));

    public void Dispose() => _services.Dispose();

    private Task<ActivityResult> RecordAsync(decimal due, decimal paid, JsonArray? previous = null) =>
        _services.InvokeAsync(Type, new JsonObject
        {
            ["amountDue"] = due, ["paidAmount"] = paid, ["paidOn"] = "2026-03-01", ["previousPayments"] = previous,
        });

    [Fact]
    public async Task One_yuan_against_a_million_is_partial_with_the_remainder_outstanding()
    {
        var result = await RecordAsync(1_000_000m, 1m);
        var v = result.Variables;
        Assert.Equal((false, "PARTIAL", 1m, 999_999m), ((bool)v["fullyPaid"]!, (string)v["paymentStatus"]!, (decimal)v["paidTotal"]!, (decimal)v["outstanding"]!));
        Assert.Single(v["payments"]!.AsArray());
        Assert.StartsWith("部分缴纳", Assert.Single(result.Logs), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rest_paid_later_completes_the_amount_due()
    {
        var previous = new JsonArray(new JsonObject { ["amount"] = 1m, ["paidOn"] = "2026-02-01" });
        var v = (await RecordAsync(1_000_000m, 999_999m, previous)).Variables;
        Assert.Equal((true, "PAID", 1_000_000m, 0m), ((bool)v["fullyPaid"]!, (string)v["paymentStatus"]!, (decimal)v["paidTotal"]!, (decimal)v["outstanding"]!));
        Assert.Equal([1m, 999_999m], v["payments"]!.AsArray().Select(p => (decimal)p!["amount"]!));
    }

    [Fact]
    public async Task Overpayment_counts_as_paid_with_nothing_outstanding()
    {
        var v = (await RecordAsync(200m, 250m)).Variables;
        Assert.Equal((true, 0m), ((bool)v["fullyPaid"]!, (decimal)v["outstanding"]!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1.001)]
    public async Task A_payment_that_is_not_a_positive_amount_in_fen_is_refused(double paid)
    {
        await Assert.ThrowsAsync<ActivityInputException>(() => RecordAsync(200m, (decimal)paid));
    }
}
