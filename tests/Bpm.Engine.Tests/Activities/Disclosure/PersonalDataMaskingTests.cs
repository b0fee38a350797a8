using Bpm.Activities.Disclosure;

namespace Bpm.Engine.Tests.Activities.Disclosure;

public sealed class PersonalDataMaskingTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("李小龙", "李**")]
    [InlineData("欧阳娜娜", "欧阳**")]
    [InlineData("司马光", "司马*")]
    [InlineData("欧阳", "欧*")] // a compound surname alone is read as surname + given name
    [InlineData("王", "*")]
    [InlineData(" 张三 ", "张*")]
    public void Names_keep_only_the_surname(string name, string masked) => Assert.Equal(masked, PersonalDataMasking.MaskName(name));

    [Theory]
    [InlineData("41010519900101123X", "410105********123X")]
    [InlineData("410105199001011234", "410105********1234")]
    [InlineData("410105900101123", "410105******123")]
    public void Id_numbers_hide_the_birth_date(string id, string masked) => Assert.Equal(masked, PersonalDataMasking.MaskIdNumber(id));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0371-65432100", "0371-****2100")]
    [InlineData("037165432100", "0371****2100")]
    [InlineData("(010)87654321", "010****4321")]
    public void Phone_numbers_keep_prefix_and_last_four(string phone, string masked) => Assert.Equal(masked, PersonalDataMasking.MaskPhone(phone));

    [Theory]
    [InlineData("河南省郑州市金水区花园路100号3号楼", "河南省郑州市金水区****")]
    [InlineData("郑州市中牟县城关镇青年路8号", "郑州市中牟县****")]
    public void Addresses_keep_the_divisions_down_to_the_county(string address, string masked) =>
        Assert.Equal(masked, PersonalDataMasking.MaskAddress(address));

    [Fact]
    public void Free_text_masks_ids_phones_the_name_and_the_address()
    {
        var text = "当事人张三（身份证号41010519900101123X，电话13812345678，固定电话0371-65432100）在河南省郑州市金水区花园路100号销售过期食品，张三对事实无异议。";

        var masked = PersonalDataMasking.MaskText(text, ["张三"], ["河南省郑州市金水区花园路100号"]);

        Assert.Equal("当事人张*（身份证号410105********123X，电话138****5678，固定电话0371-****2100）在河南省郑州市金水区****销售过期食品，张*对事实无异议。", masked);
    }

    [Fact]
    public void A_credit_code_is_not_mistaken_for_an_id_number()
    {
        const string text = "统一社会信用代码91410100MA40ABCD1X";
        Assert.Equal(text, PersonalDataMasking.MaskText(text, [], []));
    }
}
