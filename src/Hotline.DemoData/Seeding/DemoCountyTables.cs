using static Hotline.Platform.Seeding.DemoCountyData;

namespace Hotline.Platform.Seeding;

/// <summary>The fictional demo county 清河县: areas, member units and matter categories. All names, leaders and phones are invented; the codes are in Platform's DemoCountyData.</summary>
internal static class DemoCountyTables
{
    public static readonly IReadOnlyList<DemoArea> Areas =
    [
        // County root.
        new("A00", "清河县", AreaLevel.County, null),
        // 城关街道 and its communities.
        new("A01", "城关街道", AreaLevel.Township, "A00"),
        new("A0101", "文昌社区", AreaLevel.Village, "A01"),
        new("A0102", "鼓楼社区", AreaLevel.Village, "A01"),
        new("A0103", "府前社区", AreaLevel.Village, "A01"),
        new("A0104", "北关社区", AreaLevel.Village, "A01"),
        // 东城街道 and its communities/villages.
        new("A02", "东城街道", AreaLevel.Township, "A00"),
        new("A0201", "朝阳社区", AreaLevel.Village, "A02"),
        new("A0202", "新华社区", AreaLevel.Village, "A02"),
        new("A0203", "东湖社区", AreaLevel.Village, "A02"),
        new("A0204", "李家庄村", AreaLevel.Village, "A02"),
        // 西关街道 and its communities/villages.
        new("A03", "西关街道", AreaLevel.Township, "A00"),
        new("A0301", "西苑社区", AreaLevel.Village, "A03"),
        new("A0302", "和平社区", AreaLevel.Village, "A03"),
        new("A0303", "锦绣社区", AreaLevel.Village, "A03"),
        new("A0304", "王家营村", AreaLevel.Village, "A03"),
        new("A0305", "赵家湾村", AreaLevel.Village, "A03"),
        // 柳河镇 and its villages/community.
        new("A04", "柳河镇", AreaLevel.Township, "A00"),
        new("A0401", "柳河社区", AreaLevel.Village, "A04"),
        new("A0402", "柳河村", AreaLevel.Village, "A04"),
        new("A0403", "前进村", AreaLevel.Village, "A04"),
        new("A0404", "杨树屯村", AreaLevel.Village, "A04"),
        // 桃园镇 and its villages.
        new("A05", "桃园镇", AreaLevel.Township, "A00"),
        new("A0501", "桃园村", AreaLevel.Village, "A05"),
        new("A0502", "红星村", AreaLevel.Village, "A05"),
        new("A0503", "孙家店村", AreaLevel.Village, "A05"),
        new("A0504", "大刘庄村", AreaLevel.Village, "A05"),
        // 石桥镇 and its villages.
        new("A06", "石桥镇", AreaLevel.Township, "A00"),
        new("A0601", "石桥村", AreaLevel.Village, "A06"),
        new("A0602", "东石村", AreaLevel.Village, "A06"),
        new("A0603", "高家岭村", AreaLevel.Village, "A06"),
        // 马庄乡 and its villages.
        new("A07", "马庄乡", AreaLevel.Township, "A00"),
        new("A0701", "马庄村", AreaLevel.Village, "A07"),
        new("A0702", "后营村", AreaLevel.Village, "A07"),
        new("A0703", "郭家寨村", AreaLevel.Village, "A07"),
        new("A0704", "周庄村", AreaLevel.Village, "A07"),
        // 南湖乡 and its villages/community.
        new("A08", "南湖乡", AreaLevel.Township, "A00"),
        new("A0801", "南湖社区", AreaLevel.Village, "A08"),
        new("A0802", "南湖村", AreaLevel.Village, "A08"),
        new("A0803", "渔湾村", AreaLevel.Village, "A08"),
        new("A0804", "陈家洼村", AreaLevel.Village, "A08"),
        new("A0805", "新兴村", AreaLevel.Village, "A08"),
    ];

    public static readonly IReadOnlyList<DemoUnit> Units =
    [
        // The hotline center.
        new(CenterCode, "县12345政务服务便民热线管理中心", UnitType.Center, null, "A00", "王建国", "0000-12345"),
        // County bureaus and directly affiliated units.
        new(HousingBureauCode, "县住房和城乡建设局", UnitType.CountyDepartment, null, "A00", "李明", "0000-1000001"),
        new(MarketBureauCode, "县市场监督管理局", UnitType.CountyDepartment, null, "A00", "张华", "0000-1000002"),
        new("GAJ", "县公安局", UnitType.CountyDepartment, null, "A00", "赵志刚", "0000-1000003"),
        new("JYJ", "县教育局", UnitType.CountyDepartment, null, "A00", "陈秀兰", "0000-1000004"),
        new("WJJ", "县卫生健康局", UnitType.CountyDepartment, null, "A00", "刘海燕", "0000-1000005"),
        new("RSJ", "县人力资源和社会保障局", UnitType.CountyDepartment, null, "A00", "杨立新", "0000-1000006"),
        new("MZJ", "县民政局", UnitType.CountyDepartment, null, "A00", "黄淑芬", "0000-1000007"),
        new("ZRZYJ", "县自然资源和规划局", UnitType.CountyDepartment, null, "A00", "周国强", "0000-1000008"),
        new("STHJFJ", "市生态环境局清河分局", UnitType.CountyDepartment, null, "A00", "吴振华", "0000-1000009"),
        new("JTYSJ", "县交通运输局", UnitType.CountyDepartment, null, "A00", "徐建军", "0000-1000010"),
        new("SLJ", "县水利局", UnitType.CountyDepartment, null, "A00", "孙德胜", "0000-1000011"),
        new("NYNCJ", "县农业农村局", UnitType.CountyDepartment, null, "A00", "马永福", "0000-1000012"),
        new("CGJ", "县城市管理局（县综合行政执法局）", UnitType.CountyDepartment, null, "A00", "朱文斌", "0000-1000013"),
        new("YJGLJ", "县应急管理局", UnitType.CountyDepartment, null, "A00", "胡卫东", "0000-1000014"),
        new("YBJ", "县医疗保障局", UnitType.CountyDepartment, null, "A00", "郭丽娟", "0000-1000015"),
        new("SWJ", "国家税务总局清河县税务局", UnitType.CountyDepartment, null, "A00", "林志远", "0000-1000016"),
        new("WLJ", "县文化广电和旅游局", UnitType.CountyDepartment, null, "A00", "何雅琴", "0000-1000017"),
        new("SHWJ", "县商务局", UnitType.CountyDepartment, null, "A00", "高建平", "0000-1000018"),
        new("FGW", "县发展和改革委员会", UnitType.CountyDepartment, null, "A00", "罗振宇", "0000-1000019"),
        new("CZJ", "县财政局", UnitType.CountyDepartment, null, "A00", "梁秋月", "0000-1000020"),
        new("SFJ", "县司法局", UnitType.CountyDepartment, null, "A00", "宋长青", "0000-1000021"),
        new("XFJ", "县信访局", UnitType.CountyDepartment, null, "A00", "郑玉梅", "0000-1000022"),
        new("TYJRJ", "县退役军人事务局", UnitType.CountyDepartment, null, "A00", "谢保国", "0000-1000023"),
        new("XZSPJ", "县行政审批局", UnitType.CountyDepartment, null, "A00", "韩冬梅", "0000-1000024"),
        new("GJJ", "县住房公积金管理中心", UnitType.CountyDepartment, null, "A00", "唐思远", "0000-1000025"),
        new("CL", "县残疾人联合会", UnitType.CountyDepartment, null, "A00", "冯春兰", "0000-1000026"),
        new("XFJY", "县消防救援大队", UnitType.CountyDepartment, null, "A00", "董卫国", "0000-1000027"),
        // Public enterprises and utilities.
        new("GDGS", "国网清河县供电公司", UnitType.PublicEnterprise, null, "A00", "萧永刚", "0000-1100001"),
        new("ZLSGS", "清河县自来水有限公司", UnitType.PublicEnterprise, null, "A00", "程德明", "0000-1100002"),
        new("RQGS", "清河县燃气有限公司", UnitType.PublicEnterprise, null, "A00", "曹光辉", "0000-1100003"),
        new("RLGS", "清河县热力有限公司", UnitType.PublicEnterprise, null, "A00", "袁志勇", "0000-1100004"),
        new("GJGS", "清河县公共交通有限公司", UnitType.PublicEnterprise, null, "A00", "邓佳宁", "0000-1100005"),
        new("DXGS", "中国电信清河分公司", UnitType.PublicEnterprise, null, "A00", "许文涛", "0000-1100006"),
        new("YDGS", "中国移动清河分公司", UnitType.PublicEnterprise, null, "A00", "傅晓东", "0000-1100007"),
        // 城关街道 and its communities.
        new(ChengguanStreetCode, "城关街道办事处", UnitType.Township, null, "A01", "沈立群", "0000-2001000"),
        new("CGJD-01", "文昌社区居委会", UnitType.Village, ChengguanStreetCode, "A0101", "曾慧敏", "0000-2001001"),
        new("CGJD-02", "鼓楼社区居委会", UnitType.Village, ChengguanStreetCode, "A0102", "彭红霞", "0000-2001002"),
        new("CGJD-03", "府前社区居委会", UnitType.Village, ChengguanStreetCode, "A0103", "吕国栋", "0000-2001003"),
        new("CGJD-04", "北关社区居委会", UnitType.Village, ChengguanStreetCode, "A0104", "苏桂英", "0000-2001004"),
        // 东城街道 and its communities/villages.
        new(DongchengStreetCode, "东城街道办事处", UnitType.Township, null, "A02", "蒋海涛", "0000-2002000"),
        new(ChaoyangCommunityCode, "朝阳社区居委会", UnitType.Village, DongchengStreetCode, "A0201", "蔡晓丽", "0000-2002001"),
        new("DCJD-02", "新华社区居委会", UnitType.Village, DongchengStreetCode, "A0202", "贾春生", "0000-2002002"),
        new("DCJD-03", "东湖社区居委会", UnitType.Village, DongchengStreetCode, "A0203", "丁玉珍", "0000-2002003"),
        new("DCJD-04", "李家庄村委会", UnitType.Village, DongchengStreetCode, "A0204", "李长海", "0000-2002004"),
        // 西关街道 and its communities/villages.
        new(XiguanStreetCode, "西关街道办事处", UnitType.Township, null, "A03", "魏志军", "0000-2003000"),
        new("XGJD-01", "西苑社区居委会", UnitType.Village, XiguanStreetCode, "A0301", "薛丽萍", "0000-2003001"),
        new("XGJD-02", "和平社区居委会", UnitType.Village, XiguanStreetCode, "A0302", "叶建华", "0000-2003002"),
        new("XGJD-03", "锦绣社区居委会", UnitType.Village, XiguanStreetCode, "A0303", "阎秀云", "0000-2003003"),
        new("XGJD-04", "王家营村委会", UnitType.Village, XiguanStreetCode, "A0304", "王满仓", "0000-2003004"),
        new("XGJD-05", "赵家湾村委会", UnitType.Village, XiguanStreetCode, "A0305", "赵铁柱", "0000-2003005"),
        // 柳河镇 and its villages/community.
        new(LiuheTownCode, "柳河镇人民政府", UnitType.Township, null, "A04", "余建伟", "0000-2004000"),
        new("LHZ-01", "柳河社区居委会", UnitType.Village, LiuheTownCode, "A0401", "潘雪梅", "0000-2004001"),
        new("LHZ-02", "柳河村委会", UnitType.Village, LiuheTownCode, "A0402", "杜庆丰", "0000-2004002"),
        new("LHZ-03", "前进村委会", UnitType.Village, LiuheTownCode, "A0403", "戴宝山", "0000-2004003"),
        new("LHZ-04", "杨树屯村委会", UnitType.Village, LiuheTownCode, "A0404", "杨春来", "0000-2004004"),
        // 桃园镇 and its villages.
        new(TaoyuanTownCode, "桃园镇人民政府", UnitType.Township, null, "A05", "夏明远", "0000-2005000"),
        new("TYZ-01", "桃园村委会", UnitType.Village, TaoyuanTownCode, "A0501", "钟玉林", "0000-2005001"),
        new("TYZ-02", "红星村委会", UnitType.Village, TaoyuanTownCode, "A0502", "汪德旺", "0000-2005002"),
        new("TYZ-03", "孙家店村委会", UnitType.Village, TaoyuanTownCode, "A0503", "孙富贵", "0000-2005003"),
        new("TYZ-04", "大刘庄村委会", UnitType.Village, TaoyuanTownCode, "A0504", "刘金锁", "0000-2005004"),
        // 石桥镇 and its villages.
        new(ShiqiaoTownCode, "石桥镇人民政府", UnitType.Township, null, "A06", "田晓峰", "0000-2006000"),
        new("SQZ-01", "石桥村委会", UnitType.Village, ShiqiaoTownCode, "A0601", "任广田", "0000-2006001"),
        new("SQZ-02", "东石村委会", UnitType.Village, ShiqiaoTownCode, "A0602", "姜秀芳", "0000-2006002"),
        new("SQZ-03", "高家岭村委会", UnitType.Village, ShiqiaoTownCode, "A0603", "高树林", "0000-2006003"),
        // 马庄乡 and its villages.
        new(MazhuangTownshipCode, "马庄乡人民政府", UnitType.Township, null, "A07", "范志宏", "0000-2007000"),
        new("MZX-01", "马庄村委会", UnitType.Village, MazhuangTownshipCode, "A0701", "马占山", "0000-2007001"),
        new("MZX-02", "后营村委会", UnitType.Village, MazhuangTownshipCode, "A0702", "方玉兰", "0000-2007002"),
        new("MZX-03", "郭家寨村委会", UnitType.Village, MazhuangTownshipCode, "A0703", "郭守义", "0000-2007003"),
        new("MZX-04", "周庄村委会", UnitType.Village, MazhuangTownshipCode, "A0704", "周长顺", "0000-2007004"),
        // 南湖乡 and its villages/community.
        new(NanhuTownshipCode, "南湖乡人民政府", UnitType.Township, null, "A08", "石振东", "0000-2008000"),
        new("NHX-01", "南湖社区居委会", UnitType.Village, NanhuTownshipCode, "A0801", "姚静怡", "0000-2008001"),
        new("NHX-02", "南湖村委会", UnitType.Village, NanhuTownshipCode, "A0802", "谭有才", "0000-2008002"),
        new("NHX-03", "渔湾村委会", UnitType.Village, NanhuTownshipCode, "A0803", "廖水生", "0000-2008003"),
        new("NHX-04", "陈家洼村委会", UnitType.Village, NanhuTownshipCode, "A0804", "陈茂林", "0000-2008004"),
        new("NHX-05", "新兴村委会", UnitType.Village, NanhuTownshipCode, "A0805", "邹丽华", "0000-2008005"),
    ];

    public static readonly IReadOnlyList<DemoCategory> Categories =
    [
        // 城乡建设.
        new("C01", "城乡建设", null, null),
        new("C0101", "物业管理", "C01", HousingBureauCode),
        new("C0102", "物业纠纷调解", "C01", HousingBureauCode, Kind: CategoryKind.AdministrativeMediation),
        new("C0103", "房屋质量与安全", "C01", HousingBureauCode),
        new("C0104", "老旧小区改造", "C01", HousingBureauCode),
        new("C0105", "住房公积金", "C01", "GJJ"),
        new("C0106", "违法建设查处", "C01", "CGJ", Kind: CategoryKind.LawEnforcement),
        // 市场监管.
        new("C02", "市场监管", null, null),
        new("C0201", "食品安全", "C02", MarketBureauCode),
        new("C0202", "消费者投诉", "C02", MarketBureauCode, StatutoryWorkingDays: 7),
        new("C0203", "价格收费", "C02", MarketBureauCode),
        new("C0204", "电梯等特种设备安全", "C02", MarketBureauCode),
        new("C0205", "无证经营查处", "C02", MarketBureauCode, Kind: CategoryKind.LawEnforcement),
        // 公共事业（水电气暖）.
        new("C03", "公共事业（水电气暖）", null, null),
        new("C0301", "停水", "C03", "ZLSGS"),
        new("C0302", "水质水压", "C03", "ZLSGS"),
        new("C0303", "停电", "C03", "GDGS"),
        new("C0304", "燃气供应与安全", "C03", "RQGS"),
        new("C0305", "供暖", "C03", "RLGS"),
        new("C0306", "通信网络", "C03", "DXGS"),
        // 交通出行.
        new("C04", "交通出行", null, null),
        new("C0401", "道路维修", "C04", "JTYSJ"),
        new("C0402", "公交服务", "C04", "GJGS"),
        new("C0403", "出租车与网约车", "C04", "JTYSJ"),
        new("C0404", "交通秩序", "C04", "GAJ"),
        // 教育.
        new("C05", "教育", null, null),
        new("C0501", "招生入学", "C05", "JYJ"),
        new("C0502", "校外培训", "C05", "JYJ"),
        new("C0503", "教育收费", "C05", "JYJ"),
        new("C0504", "校园安全", "C05", "JYJ"),
        // 医疗卫生.
        new("C06", "医疗卫生", null, null),
        new("C0601", "医疗服务", "C06", "WJJ"),
        new("C0602", "疫苗接种", "C06", "WJJ"),
        new("C0603", "医保报销", "C06", "YBJ"),
        // 社会保障.
        new("C07", "社会保障", null, null),
        new("C0701", "养老保险", "C07", "RSJ"),
        new("C0702", "医疗保险参保", "C07", "YBJ"),
        new("C0703", "社会保障卡", "C07", "RSJ"),
        new("C0704", "退役军人优抚", "C07", "TYJRJ"),
        // 环境保护.
        new("C08", "环境保护", null, null),
        new("C0801", "大气污染", "C08", "STHJFJ"),
        new("C0802", "水污染", "C08", "STHJFJ"),
        new("C0803", "噪声扰民", "C08", "STHJFJ"),
        new("C0804", "环境卫生", "C08", "CGJ"),
        // 农业农村.
        new("C09", "农业农村", null, null),
        new("C0901", "惠农补贴", "C09", "NYNCJ"),
        new("C0902", "土地承包经营", "C09", "NYNCJ"),
        new("C0903", "农资质量", "C09", "NYNCJ"),
        new("C0904", "农田水利", "C09", "SLJ"),
        // 公共安全.
        new("C10", "公共安全", null, null),
        new("C1001", "治安管理", "C10", "GAJ"),
        new("C1002", "户籍办理", "C10", "GAJ"),
        new("C1003", "安全生产", "C10", "YJGLJ"),
        new("C1004", "消防隐患", "C10", "XFJY"),
        // 劳动就业.
        new("C11", "劳动就业", null, null),
        new("C1101", "拖欠工资", "C11", "RSJ", StatutoryWorkingDays: 10),
        new("C1102", "劳动合同", "C11", "RSJ"),
        new("C1103", "就业创业", "C11", "RSJ"),
        // 民政与社会事务.
        new("C12", "民政与社会事务", null, null),
        new("C1201", "低保与临时救助", "C12", "MZJ"),
        new("C1202", "养老服务", "C12", "MZJ"),
        new("C1203", "婚姻登记", "C12", "MZJ"),
        new("C1204", "残疾人服务", "C12", "CL"),
        new("C1205", "邻里纠纷调解", "C12", "SFJ", Kind: CategoryKind.AdministrativeMediation),
        // 自然资源.
        new("C13", "自然资源", null, null),
        new("C1301", "不动产登记", "C13", "ZRZYJ"),
        new("C1302", "规划管理", "C13", "ZRZYJ"),
        new("C1303", "征地补偿", "C13", "ZRZYJ"),
    ];
}
