namespace Bpm.Server.Tests.Api;

/// <summary>The check the Chinese problem details tests rely on finds English prose and lets identifiers and the
/// bracketed English gloss through.</summary>
public sealed class EnglishSentenceTests
{
    [Theory]
    [InlineData("to must not be before from.", "to must not be before")]
    [InlineData("缺少 days（整数）: days is required", "days is required")]
    [InlineData("No files: attach one or more .bpmn files", "attach one or more")]
    public void English_prose_is_found(string text, string expected) =>
        Assert.StartsWith(expected, EnglishSentence.In(text));

    [Theory]
    [InlineData("截止日期 to 不能早于起始日期 from。")]
    [InlineData("请以 multipart/form-data 上传文件，字段名为 resources。")]
    [InlineData("流程「no-such-process」尚未部署 (no process with id 'no-such-process' is deployed)")]
    [InlineData("缺少 entries：须为节假日列表 {name, restDays, makeupWorkdays}。")]
    [InlineData("「abc」不是有效日期：from 的格式须为 YYYY-MM-DD。")]
    [InlineData("表达式「=a and b or c」求值失败：找不到名为「f」的函数")]
    public void Chinese_with_identifiers_and_a_gloss_passes(string text) =>
        Assert.Null(EnglishSentence.In(text));

    [Fact]
    public void A_bracketed_english_gloss_is_found_and_identifiers_in_brackets_are_not()
    {
        Assert.Equal("(you may not start process x)", EnglishSentence.GlossIn("张伟不能发起流程 (you may not start process x)"));
        Assert.Null(EnglishSentence.GlossIn("元素 (Flow_1) 没有条件，共 (3) 项"));
    }
}
