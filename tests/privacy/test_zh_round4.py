"""Round four (issue 15): Chinese and mixed text, by family of real-world formats.

Every value was written for this file (none is copied from an evaluation split or a generator)."""

import pytest

from .conftest import assert_found, assert_not_found

# --- names without cue words, in every position ---------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("雷婉清下周三飞成都。", "雷婉清"),  # sentence start, a time word after
        ("申请表已经交给了祁明远和邝雨桐。", "邝雨桐"),  # after 和, at the end
        ("祁明远和邝雨桐都同意了。", "祁明远"),  # before 和
        ("参会人员：龚海波、阙晓萌、仇立新。", "阙晓萌"),  # a list with 、
        ("参会人员：龚海波、阙晓萌、仇立新。", "仇立新"),
        ("会议由蔺嘉禾主持，滕雪芹记录。", "蔺嘉禾"),  # after 由, before a verb
        ("会议由蔺嘉禾主持，滕雪芹记录。", "滕雪芹"),  # after a comma, before a verb
        ("请鄢若曦回个电话。", "鄢若曦"),  # after 请, before a one-character verb
        ("这件事让粟文博去办。", "粟文博"),  # after 让
        ("詹慕白表示价格还可以再谈。", "詹慕白"),  # before 表示
        ("昨天晚上冼嘉怡说她不来了。", "冼嘉怡"),  # before 说
        ("麻烦通知一下岑可馨。", "岑可馨"),  # after a verb, at the end
        ("项目经理是覃思源，技术负责人是佘宇航。", "佘宇航"),
        ("薛蓓蕾、郜泽楷及庹海峰三人出差。", "庹海峰"),  # after 及
        ("库振华和麴春燕明天到。", "库振华"),  # surnames outside the 百家姓
        ("库振华和麴春燕明天到。", "麴春燕"),
        ("这次由禚佳琪负责，睢子轩配合。", "禚佳琪"),
        ("这次由禚佳琪负责，睢子轩配合。", "睢子轩"),
        ("姚淑珍与吕国栋已签字。", "吕国栋"),  # after 与
        ("这次由葛小雨负责，明天出发。", "葛小雨"),  # 小 starts many given names
        ("张强和谈雨桐周五出发。", "谈雨桐"),  # jieba glues 和 + 谈 (和谈, peace talks)
    ],
)
def test_names_without_cue_words(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("姓名：晁梓涵\n电话：13912345678", "晁梓涵"),  # a table row
        ("姓名,部门,电话\n臧思琪,财务部,13712345678\n边文轩,采购部,13612345678", "臧思琪"),  # CSV rows
        ("姓名,部门,电话\n臧思琪,财务部,13712345678\n边文轩,采购部,13612345678", "边文轩"),
        ("| 姓名 | 城市 |\n|---|---|\n| 连梦瑶 | 杭州 |", "连梦瑶"),  # a markdown table
        ("老郑说明天下雨。", "郑"),  # 老 + surname
        ("小蒋，你把报表发我一下。", "蒋"),  # 小 + surname
        ("这事得问库总。", "库"),  # surname + 总
        ("越经理已经批准了。", "越"),  # an everyday-word surname before a title
        ("欧阳明轩医生今天坐诊。", "欧阳明轩"),  # before a title
        ("司马一鸣女士来电。", "司马一鸣"),
        ("阿依古丽·买买提在乌鲁木齐工作。", "阿依古丽·买买提"),  # an ethnic-minority name with ·
        ("联系人：扎西·多吉", "扎西·多吉"),
    ],
)
def test_names_in_tables_titles_and_minority_names(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("陳家瑋先生的電話是0912-345-678。", "陳家瑋"),  # traditional characters
        ("請鍾佩蓉回覆這封郵件。", "鍾佩蓉"),
        ("黃志輝說下週再談。", "黃志輝"),
        ("Please forward this to Chan Tai-man (陳大文).", "陳大文"),  # HK: romanised and Chinese
        ("联系人 Wong Ka-wai 黄家伟", "黄家伟"),
    ],
)
def test_traditional_and_mixed_names(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


# --- ordinary words that look like names stay ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这个王国的历史很长。",
        "很高兴认识你，方法很重要。",
        "周末我们去看黄金周的数据。",
        "请张开双手，陈述你的理由。",
        "城市和农村的收入差距在缩小。",
        "姓名,城市,电话",
        "东西放在桌上了，明天再说。",
        "我们的英雄产品卖得很好。",
        "华为和小米的手机销量都在增长。",
        "钱总是不够用，成本要控制。",
        "金额和数量请核对一下。",
        "白天和晚上的温度差很多。",
        "常用的方式有三种。",
        "请于本周五前将材料交至前台。",  # 于 + a time word
        "我们计划在华南区开三家门店。",  # a count before 门店 is no place
        "余额不足，请及时充值。",  # 时 inside the word 及时
        "昨天和客户沟通过了。",  # 和 as a conjunction, not a surname
    ],
)
def test_everyday_words_are_no_names_or_places(privacy, text):
    red = privacy.redact(text, privacy.new_vault())
    acted = [(e.type, text[e.start : e.end]) for e in red.entities if e.action != "keep"]
    assert not [a for a in acted if a[0] in ("PERSON", "LOCATION")], acted


@pytest.mark.parametrize(
    "text",
    [
        "请把Roche Bobois SAS的报价单发到邮箱。",
        "阿里巴巴和腾讯的财报下周发布。",
        "这个月iPhone 15和小米14的退货率都不高。",
    ],
)
def test_organisations_and_products_stay(privacy, text):
    red = privacy.redact(text, privacy.new_vault())
    acted = [(e.type, text[e.start : e.end]) for e in red.entities if e.action != "keep"]
    assert not [a for a in acted if a[0] == "PERSON"], acted


def test_a_name_does_not_swallow_the_next_word(privacy):
    red = privacy.redact("请陈禹彤把报价单发到邮箱。", privacy.new_vault())
    assert "陈禹彤" not in red.text
    assert "把报价单" in red.text, red.text


# --- addresses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, address",
    [
        ("寄到四川省成都市武侯区人民南路四段27号", "四川省成都市武侯区人民南路四段27号"),
        ("地址：广西壮族自治区南宁市青秀区民族大道136号", "广西壮族自治区南宁市青秀区民族大道136号"),
        ("新地址是湖南省长沙市岳麓区银盆岭街道枫林三路88号2栋1单元603室",
         "湖南省长沙市岳麓区银盆岭街道枫林三路88号2栋1单元603室"),
        ("住在江苏省苏州市吴中区木渎镇金山浜路12号", "江苏省苏州市吴中区木渎镇金山浜路12号"),
        ("送货到河北省保定市涞水县三坡镇南峪村45号", "河北省保定市涞水县三坡镇南峪村45号"),
        ("发到上海市黄浦区南京东路街道福州路318弄7号", "上海市黄浦区南京东路街道福州路318弄7号"),
        ("寄往甘肃省天水市麦积区桥南伯阳路1021号", "甘肃省天水市麦积区桥南伯阳路1021号"),
        ("寄到辽宁省沈阳市和平区太原北街香榭里巷56号", "辽宁省沈阳市和平区太原北街香榭里巷56号"),
        ("新地址是宁夏回族自治区银川市兴庆区玉皇阁北街208号", "宁夏回族自治区银川市兴庆区玉皇阁北街208号"),
        ("仓库在佛山市南海区桂城街道灯湖东路1号", "佛山市南海区桂城街道灯湖东路1号"),  # no province
        ("快递员找不到西湖区文三路90号，请回电。", "西湖区文三路90号"),  # district only
        ("东莞市长安镇锦厦社区河南大道3号", "东莞市长安镇锦厦社区河南大道3号"),
        ("收货：云南省大理白族自治州大理市下关镇苍山路15号", "云南省大理白族自治州大理市下关镇苍山路15号"),
        ("样品寄到河南省郑州市金水区花园路街道黄河路11号院3号楼", "河南省郑州市金水区花园路街道黄河路11号院3号楼"),
        ("请寄到黑龙江省哈尔滨市南岗区红军街道钢铁条16号", "黑龙江省哈尔滨市南岗区红军街道钢铁条16号"),  # a 条 lane with a name
        ("地址：吉林省延边朝鲜族自治州延吉市河南街道光明桥23号", "吉林省延边朝鲜族自治州延吉市河南街道光明桥23号"),
    ],
)
def test_mainland_addresses(privacy, text, address):
    assert_found(privacy, text, "ADDRESS", address)


@pytest.mark.parametrize(
    "text, address",
    [
        ("办公室在北京市朝阳区建国门外大街1号国贸大厦B座2105室", "北京市朝阳区建国门外大街1号国贸大厦B座2105室"),
        ("我住在阳光花园7栋2单元1102室", "阳光花园7栋2单元1102室"),  # an estate, no administrative unit
        ("会场：深圳市南山区海岸城广场3楼", "深圳市南山区海岸城广场3楼"),
        ("送到万科城市花园二期15幢301", "万科城市花园二期15幢301"),
        ("地址：杭州市西湖区西溪银泰城5号楼12层", "杭州市西湖区西溪银泰城5号楼12层"),
    ],
)
def test_buildings_and_estates(privacy, text, address):
    assert_found(privacy, text, "ADDRESS", address)


@pytest.mark.parametrize(
    "text, address",
    [
        ("寄到臺北市大安區忠孝東路四段216巷8弄3號5樓", "臺北市大安區忠孝東路四段216巷8弄3號5樓"),
        ("地址：新北市板橋區文化路一段188號12樓之3", "新北市板橋區文化路一段188號12樓之3"),
        ("高雄市前鎮區中山二路91號", "高雄市前鎮區中山二路91號"),
        ("請寄到香港九龍旺角彌敦道688號旺角中心一期12樓1203室", "香港九龍旺角彌敦道688號旺角中心一期12樓1203室"),
        ("公司在香港灣仔告士打道128號祥豐大廈20樓", "香港灣仔告士打道128號祥豐大廈20樓"),
        ("新界沙田大涌橋路52號", "新界沙田大涌橋路52號"),
    ],
)
def test_taiwan_and_hong_kong_addresses(privacy, text, address):
    assert_found(privacy, text, "ADDRESS", address)


def test_a_postcode_beside_an_address(privacy):
    text = "地址：江西省南昌市东湖区八一大道357号，邮编330008"
    red = privacy.redact(text, privacy.new_vault())
    assert "330008" not in red.text and "八一大道" not in red.text, red.text


@pytest.mark.parametrize(
    "text",
    [
        "华南区和西北区的渠道下个月调整。",
        "请在第3号会议室开会。",
        "合同第12条约定了违约责任。",
        "本季度北区的销量是1200台。",
        "中心城区的房价涨了5%。",
    ],
)
def test_no_address_without_a_street_and_number(privacy, text):
    assert_not_found(privacy, text, "ADDRESS")


# --- phones and IDs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phone",
    [
        ("手机：+86 139 1234 5678", "+86 139 1234 5678"),
        ("电话 +86-150-8765-4321", "+86-150-8765-4321"),
        ("请拨0086 18612345678", "0086 18612345678"),
        ("联系 (+86) 13812345678", "13812345678"),
        ("座机：010-65123456", "010-65123456"),
        ("座机 (021) 6432 1098", "6432 1098"),
        ("总机0755-86012345转3021", "0755-86012345转3021"),
        ("前台电话 0571 8765 4321 分机 18", "0571 8765 4321"),
        ("客服热线400-820-1234", "400-820-1234"),
        ("免费电话：800 810 8888", "800 810 8888"),
        ("客服热线 4008201234", "4008201234"),
        ("台北辦公室電話(02)2712-3456", "2712-3456"),
        ("手機0912-345-678", "0912-345-678"),
        ("香港電話 +852 2123 4567", "2123 4567"),
        ("收货信息 宁静 027 88776655 请尽快", "027 88776655"),
    ],
)
def test_phones(privacy, text, phone):
    red = privacy.redact(text, privacy.new_vault())
    for group in phone.replace("(", " ").replace(")", " ").replace("-", " ").split():
        if sum(c.isdigit() for c in group) >= 3:
            assert group not in red.text, red.text


@pytest.mark.parametrize(
    "text, value, entity",
    [
        ("客户身份证号11010519491231002X已核验。", "11010519491231002X", "CN_RESIDENT_ID"),
        ("Customer ID 11010519491231002X, please check.", "11010519491231002X", "CN_RESIDENT_ID"),
        ("统一社会信用代码91350100M000100Y43，请开票。", "91350100M000100Y43", "CN_USCC"),
    ],
)
def test_ids_in_mixed_text(privacy, text, value, entity):
    assert_found(privacy, text, entity, value)


def test_passport_in_chinese_text(privacy):
    red = privacy.redact("护照号码：E12345678，有效期到2030年。", privacy.new_vault())
    assert "E12345678" not in red.text, red.text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("昨天和袁刚沟通过了。", "昨天和"),  # 和 is a surname too, but here a conjunction
        ("张成和张成下周去开会。", "和"),  # jieba reads 张成和 as one name
        ("Per 王芳: 新仓库在城东，周一启用。", "新仓库"),  # 新 after a colon is no surname
        ("明天许可在公司等你，有事打电话。", "有事打"),  # 有 after a comma is no surname
    ],
)
def test_everyday_word_surnames_need_a_cue_word(privacy, text, kept):
    red = privacy.redact(text, privacy.new_vault())
    assert kept in red.text, red.text
