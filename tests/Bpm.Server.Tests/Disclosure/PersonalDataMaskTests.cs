using Bpm.Server.Disclosure;

namespace Bpm.Server.Tests.Disclosure;

/// <summary>The public page's masking over tricky inputs: what must be hidden, and what must stay as written.</summary>
public sealed class PersonalDataMaskTests
{
    [Theory]
    // 18-digit ID numbers: X or x check character, in running text, grouped, full-width.
    [InlineData("身份证号41010519900101123X。", "身份证号410105********123X。")]
    [InlineData("身份证号410105199001011234", "身份证号410105********1234")]
    [InlineData("身份证410105199001011234x，", "身份证410105199001011234x，")] // 19 characters: not an ID number
    [InlineData("身份证号41010519900101123x", "身份证号410105********123x")]
    [InlineData("证件号 410105 19900101 1234", "证件号 410105 ******** 1234")]
    [InlineData("证件号４１０１０５１９９００１０１１２３Ｘ", "证件号４１０１０５********１２３Ｘ")]
    // 15-digit (old) ID numbers.
    [InlineData("身份证号410105900101123，", "身份证号410105******123，")]
    // Mobile numbers: bare, +86, 86, 0086, spaces, dashes, full-width, ideographic space.
    [InlineData("电话13812345678", "电话138****5678")]
    [InlineData("电话+8613812345678", "电话+86138****5678")]
    [InlineData("电话 +86 138 1234 5678", "电话 +86 138 **** 5678")]
    [InlineData("电话86-138-1234-5678", "电话86-138-****-5678")]
    [InlineData("电话008613812345678", "电话0086138****5678")]
    [InlineData("电话１３８１２３４５６７８", "电话１３８****５６７８")]
    [InlineData("电话＋８６　１３８－１２３４－５６７８", "电话＋８６　１３８－****－５６７８")]
    [InlineData("联系电话：199 0000 1111", "联系电话：199 **** 1111")]
    // Landlines with an area code.
    [InlineData("固定电话0371-65432100", "固定电话0371-****2100")]
    [InlineData("固定电话（0371）65432100", "固定电话（0371）****2100")]
    [InlineData("座机010-87654321", "座机010-****4321")]
    // Names announced in running text, and sole traders.
    [InlineData("当事人张三于2026年3月1日销售过期食品", "当事人张*于2026年3月1日销售过期食品")]
    [InlineData("当事人：李小龙，男", "当事人：李**，男")]
    [InlineData("经营者李四未取得许可", "经营者李*未取得许可")]
    [InlineData("某某个体工商户（经营者：张三）", "某某个体工商户（经营者：张*）")]
    [InlineData("张三（个体工商户）销售过期食品", "张*（个体工商户）销售过期食品")]
    [InlineData("经查王小明(个体户)无证经营", "经查王**(个体户)无证经营")]
    [InlineData("当事人欧阳娜娜在其经营场所", "当事人欧阳**在其经营场所")]
    [InlineData("个体工商户赵六经营的小卖部", "个体工商户赵*经营的小卖部")]
    [InlineData("投诉人陈静称", "投诉人陈*称")]
    [InlineData("经营者李四电话0371-65432100", "经营者李*电话0371-****2100")]
    [InlineData("当事人刘洋，身份证号410105199001011234，住郑州市", "当事人刘*，身份证号410105********1234，住郑州市")]
    public void Personal_data_is_masked(string text, string masked) => Assert.Equal(masked, PersonalDataMask.Text(text));

    [Theory]
    // 统一社会信用代码: letters, or a prefix that is no province code.
    [InlineData("统一社会信用代码91410100MA40ABCD1X")]
    [InlineData("统一社会信用代码11410100MB1234567X")]
    [InlineData("信用代码914101007126543210")]
    [InlineData("信用代码92410105MA9XYZ1234")]
    // Case and decision numbers, dates, amounts, times, legal articles.
    [InlineData("郑市监罚〔2026〕12号")]
    [InlineData("金市监处罚决〔2026〕0012号")]
    [InlineData("决定书文号：郑市监罚字[2026]第00123号")]
    [InlineData("2026年3月1日作出决定，2026-03-01 09:30 送达")]
    [InlineData("罚款人民币12000.00元，没收违法所得3500元")]
    [InlineData("罚款13812345678.00元")]
    [InlineData("货值金额 1234567890 元")]
    [InlineData("《中华人民共和国食品安全法》第一百二十四条第一款第（三）项")]
    [InlineData("依据《行政处罚法》第五十一条")]
    // Organisations and agencies after the same words, and agencies anywhere.
    [InlineData("当事人郑州某某食品有限公司销售过期食品")]
    [InlineData("当事人：河南某某商贸有限公司")]
    [InlineData("经营者郑州市金水区某某百货店")]
    [InlineData("郑州市市场监督管理局依法作出行政处罚决定")]
    [InlineData("金水区市场监督管理局执法人员张伟、李娜出示执法证件")]
    [InlineData("当事人拒不改正违法行为")]
    [InlineData("当事人对违法事实无异议")]
    [InlineData("经营者应当依法履行义务")]
    [InlineData("举报电话12315")]
    [InlineData("邮编450000")]
    [InlineData("")]
    public void Other_text_stays_as_written(string text) => Assert.Equal(text, PersonalDataMask.Text(text));

    [Theory]
    [InlineData("张三", true, false, "张*")]
    [InlineData("欧阳娜娜", true, false, "欧阳**")]
    [InlineData("李四", false, true, "李*")]
    [InlineData("郑州市金水区张三百货店", false, true, "郑州市金水区张三百货店")]
    [InlineData("郑州某某食品有限公司", false, false, "郑州某某食品有限公司")]
    [InlineData("张三（个体工商户）", false, false, "张*（个体工商户）")]
    [InlineData("张*", true, false, "张*")]
    public void Party_names_are_masked_by_kind(string name, bool naturalPerson, bool soleTrader, string shown) =>
        Assert.Equal(shown, PersonalDataMask.PartyName(name, naturalPerson, soleTrader));
}
