namespace Bpm.Server.Disclosure.Masking;

/// <summary>The common Chinese surnames (about the 200 most frequent, and the compound ones): a name in running text is
/// only recognised when it starts with one, which keeps verbs and place names after "当事人" from being taken for names.</summary>
internal static class ChineseSurnames
{
    private static readonly HashSet<char> Single =
    [
        .. "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
    ];

    private static readonly string[] Compound =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
        "端木", "独孤", "南宫", "西门", "澹台", "申屠", "钟离", "闻人", "赫连", "呼延", "万俟", "拓跋", "百里", "淳于", "司空",
    ];

    /// <summary>The length of the surname the text starts with at <paramref name="index"/>: 2, 1, or 0 when none.</summary>
    public static int At(string text, int index)
    {
        if (index >= text.Length) return 0;
        foreach (var compound in Compound)
            if (string.CompareOrdinal(text, index, compound, 0, 2) == 0) return 2;
        return Single.Contains(text[index]) ? 1 : 0;
    }
}
