using Bpm.Engine.Decisions.Evaluation;
using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Expressions;
using Bpm.Engine.Tests.Expressions;

namespace Bpm.Engine.Tests.Decisions;

/// <summary>The discretion benchmarks of workflows/discretion: every file parses, every rule cites its provision and its
/// benchmark source, and sample cases give the ranges the statutes set.</summary>
public sealed class DiscretionLibraryTests
{
    private static readonly string Folder = FindFolder();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BPM.sln"))) return Path.Combine(dir.FullName, "workflows", "discretion");
        throw new InvalidOperationException("BPM.sln not found above the test binaries");
    }

    private static DecisionGraph Load(string file)
    {
        var parsed = new DmnParser(new FeelEngine(TestClock.AtRealNow())).Parse(file, File.ReadAllBytes(Path.Combine(Folder, file)));
        Assert.Empty(parsed.Errors);
        return parsed.Graph!;
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.dmn").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_rule_cites_a_statute_article_and_its_source(string file)
    {
        foreach (var table in Load(file).Decisions.Values.Select(d => d.Logic).OfType<DecisionTable>())
            foreach (var rule in table.Rules)
            {
                Assert.Equal(2, rule.Annotations.Count);
                Assert.Contains("《", rule.Annotations.Values.First(), StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(rule.Annotations.Values.Last()), $"{file} {rule.Id} names no source");
            }
    }

    [Theory]
    [InlineData("一般", false, false, "一般", 5000, 65000, 85000)]
    [InlineData("严重", false, false, "严重", 20000, 340000, 400000)]
    [InlineData("轻微", false, false, "轻微", 8000, 50000, 65000)]
    [InlineData("一般", true, true, "轻微", 8000, 0, 0)]
    [InlineData("轻微", false, true, "无", 8000, 0, 0)]
    public void Unlicensed_food_business_follows_the_ranges_of_article_122(string severity, bool firstOffence, bool corrected, string harm,
        int goodsValue, int minFine, int maxFine)
    {
        var evaluation = DecisionEvaluator.Evaluate(Load("food-safety.dmn"), "food-unlicensed", Variables.FromJson($$"""
            {"severity": "{{severity}}", "firstOffence": {{(firstOffence ? "true" : "false")}}, "corrected": {{(corrected ? "true" : "false")}},
             "harm": "{{harm}}", "goodsValue": {{goodsValue}}}
            """));
        var result = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(evaluation.Result);
        Assert.Equal((decimal)minFine, (decimal)result["minFine"]!);
        Assert.Equal((decimal)maxFine, (decimal)result["maxFine"]!);
        var basis = Assert.Single(evaluation.MatchedRules).Annotations["法律依据"];
        Assert.Contains(maxFine == 0 ? "《中华人民共和国行政处罚法》第三十三条" : "《中华人民共和国食品安全法》第一百二十二条第一款", basis, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_covers_at_least_twelve_violations_each_reading_its_tier()
    {
        var violations = Directory.GetFiles(Folder, "*.dmn").Select(Path.GetFileName).OfType<string>().Where(f => f != "major-decisions.dmn")
            .SelectMany(f => Load(f).Decisions.Values)
            .Where(d => !d.Id.EndsWith("-tier", StringComparison.Ordinal) && d.Id != "discretion-none")
            .ToList();
        Assert.True(violations.Count >= 12, $"only {violations.Count} violations: {string.Join(", ", violations.Select(v => v.Id))}");
        foreach (var file in new[] { "special-equipment.dmn", "trademark.dmn", "unfair-competition.dmn", "e-commerce.dmn", "cosmetics.dmn", "medical-devices.dmn" })
            Assert.Contains(Load(file).Decisions.Values, d => d.Id.EndsWith("-tier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("trademark.dmn", "trademark-infringement", """{"illegalTurnover": 100000}""", "一般", 150000, 350000, "《中华人民共和国商标法》第六十条第二款")]
    [InlineData("trademark.dmn", "trademark-infringement", """{"illegalTurnover": 20000}""", "从重", 175000, 250000, "《中华人民共和国商标法》第六十条第二款")]
    [InlineData("trademark.dmn", "trademark-infringement", """{"illegalTurnover": null}""", "从轻", 0, 75000, "《中华人民共和国商标法》第六十条第二款")]
    [InlineData("special-equipment.dmn", "equipment-unsafe-use", "{}", "一般", 111000, 219000, "《中华人民共和国特种设备安全法》第八十四条第一项")]
    [InlineData("special-equipment.dmn", "equipment-unregistered", """{"overdueUncorrected": false}""", "一般", 0, 0, "《中华人民共和国特种设备安全法》第八十三条第一项")]
    [InlineData("special-equipment.dmn", "equipment-unregistered", """{"overdueUncorrected": true}""", "从轻", 10000, 37000, "《中华人民共和国特种设备安全法》第八十三条第一项")]
    [InlineData("e-commerce.dmn", "ecommerce-licence-display", "{}", "从重", 7000, 10000, "《中华人民共和国电子商务法》第七十六条")]
    [InlineData("cosmetics.dmn", "cosmetics-unregistered-special", """{"goodsValue": 20000}""", "一般", 390000, 510000, "《化妆品监督管理条例》第五十九条")]
    [InlineData("medical-devices.dmn", "device-substandard", """{"goodsValue": 5000}""", "减轻", 0, 20000, "《医疗器械监督管理条例》第八十六条")]
    [InlineData("unfair-competition.dmn", "competition-false-publicity", """{"serious": true}""", "从重", 1700000, 2000000, "《中华人民共和国反不正当竞争法》（2019年修正）第二十条")]
    public void Each_violation_gives_the_range_of_its_tier_within_the_statutory_range(string file, string decisionId, string facts, string tier,
        int minFine, int maxFine, string article)
    {
        var circumstances = tier switch
        {
            "减轻" => """{"severity": "一般", "firstOffence": false, "corrected": false, "harm": "一般", "mitigating": true}""",
            "从轻" => """{"severity": "轻微", "firstOffence": false, "corrected": false, "harm": "轻微", "mitigating": false}""",
            "一般" => """{"severity": "一般", "firstOffence": false, "corrected": false, "harm": "一般", "mitigating": false}""",
            _ => """{"severity": "严重", "firstOffence": false, "corrected": false, "harm": "严重", "mitigating": false}""",
        };
        var variables = System.Text.Json.Nodes.JsonNode.Parse(circumstances)!.AsObject();
        foreach (var (name, value) in System.Text.Json.Nodes.JsonNode.Parse(facts)!.AsObject()) variables[name] = value?.DeepClone();
        var evaluation = DecisionEvaluator.Evaluate(Load(file), decisionId, Variables.FromJson(variables.ToJsonString()));

        Assert.Equal(tier, Assert.Single(evaluation.RequiredDecisions).Result);
        var result = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(evaluation.Result);
        Assert.Equal((decimal)minFine, (decimal)result["minFine"]!);
        Assert.Equal((decimal)maxFine, (decimal)result["maxFine"]!);
        Assert.StartsWith(article, Assert.Single(evaluation.MatchedRules).Annotations["法律依据"], StringComparison.Ordinal);
    }

    [Fact]
    public void False_advertising_without_a_computable_fee_uses_the_fixed_range()
    {
        var evaluation = DecisionEvaluator.Evaluate(Load("advertising.dmn"), "ad-false",
            Variables.FromJson("""{"severity": "轻微", "corrected": false, "adFeeUnknownOrLow": true}"""));
        var result = (IReadOnlyDictionary<string, object?>)evaluation.Result!;
        Assert.Equal(200000m, (decimal)result["minFine"]!);
        Assert.Equal(440000m, (decimal)result["maxFine"]!);
    }

    [Theory]
    [InlineData("""{"partyType": "公民", "fineAmount": 20000}""", true, "对公民罚款一万元以上")]
    [InlineData("""{"partyType": "法人或者其他组织", "fineAmount": 50000}""", false, null)]
    [InlineData("""{"partyType": "法人或者其他组织", "fineAmount": 0, "penaltyKind": "吊销营业执照"}""", true, "吊销许可证件或营业执照")]
    [InlineData("""{"partyType": "公民", "complex": true}""", true, "案件情况疑难复杂、涉及多个法律关系")]
    public void The_major_decision_catalogue_lists_its_reasons(string facts, bool major, string? reason)
    {
        var evaluation = DecisionEvaluator.Evaluate(Load("major-decisions.dmn"), "major-decision", Variables.FromJson(facts));
        Assert.Equal(major, evaluation.Result);
        var reasons = (IReadOnlyList<object?>)Assert.Single(evaluation.RequiredDecisions).Result!;
        if (reason is null) Assert.Empty(reasons);
        else Assert.Contains(reason, reasons);
    }
}
