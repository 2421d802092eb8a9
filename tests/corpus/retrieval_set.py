"""A small labelled retrieval set: documents on distinct topics and one query per document that
paraphrases it (few shared words). Used by tests/corpus/test_models.py and by
``workbench.bench._corpus.bench_retrieval`` to choose embedding models by measurement.

``DOCS[i]`` is the answer to ``QUERIES[i]``; ``LANGS[i]`` is "zh", "en" or "mixed".
"""

from __future__ import annotations

ZH = [
    ("员工每年享有十五天带薪年假，未休完的假期最多可以结转五天到下一年度。",
     "没用完的休假天数能不能留到明年？"),
    ("出差报销须在返回后三十天内提交，超过五十元的费用必须附上发票原件。",
     "差旅费用要在多长时间内申请退款？"),
    ("笔记本电脑必须启用全盘加密，丢失设备应在一小时内报告给信息技术服务台。",
     "电脑不见了应该多快通知IT部门？"),
    ("公司第三季度营收同比增长百分之十二，主要来自亚太地区的新客户。",
     "这一季度的销售收入增加了多少，增长来自哪里？"),
    ("新员工入职第一周需要完成安全培训，并领取门禁卡和工作邮箱账号。",
     "刚加入公司的人头几天要做些什么？"),
    ("办公楼发生火灾时，请走楼梯疏散到停车场集合点，切勿乘坐电梯。",
     "楼里着火了要怎么撤离？"),
    ("员工食堂每天中午十一点半开放，提供素食和清真餐两种选择。",
     "单位餐厅几点开始供应午饭，有没有不吃肉的菜？"),
    ("密码至少需要十二个字符，并且每九十天必须更换一次。",
     "登录口令要多长，多久改一次？"),
    ("员工生育后可享受十六周带薪产假，配偶可享受四周陪产假。",
     "生孩子以后可以休息几个月？"),
    ("远程办公每周最多三天，需提前一天在系统中向直属经理申请。",
     "在家上班一周能有几天，要怎么申请？"),
    ("采购金额超过五万元的合同必须经过三家供应商比价，并由财务总监审批。",
     "大额购买需要找几家厂商报价？"),
    ("客户投诉应在二十四小时内首次回复，并在五个工作日内给出解决方案。",
     "顾客抱怨后多久要给答复？"),
    ("数据中心采用双路供电和柴油发电机，保证断电时服务器持续运行。",
     "机房停电了服务器还能工作吗？"),
    ("公司为员工缴纳五险一金，住房公积金缴存比例为工资的百分之十二。",
     "单位交的买房储蓄金占薪水多少？"),
    ("年度绩效评估在每年十二月进行，结果分为优秀、良好、合格和待改进四个等级。",
     "年终考核什么时候做，分几档？"),
    ("访客进入办公区需在前台登记身份证，并由员工全程陪同。",
     "外来人员进公司要办什么手续？"),
    ("公司班车早上七点从地铁站发车，每二十分钟一班。",
     "通勤大巴几点从地铁那边出发？"),
    ("健身房对员工免费开放，营业时间为早上六点到晚上十点。",
     "锻炼身体的场所几点开门，要收费吗？"),
    ("所有代码合并前必须经过至少一名同事审查，并通过自动化测试。",
     "程序改动上线之前要经过什么检查？"),
    ("客户个人信息只能存储在境内服务器上，跨境传输需经过法务部门批准。",
     "用户资料能不能传到国外？"),
    ("熊猫主要以竹子为食，每天要花十几个小时进食。",
     "这种黑白相间的动物一天吃多久东西，吃什么？"),
    ("长城修建于两千多年前，全长超过两万公里，用于抵御北方游牧民族。",
     "古代那道很长的城墙是为了防谁而建的？"),
    ("绿茶不经过发酵，而红茶是全发酵茶，口感更加醇厚。",
     "哪种茶叶是完全发酵过的？"),
    ("高铁从北京到上海最快只需四个半小时，每天有上百趟列车。",
     "坐动车从首都到沪需要多久？"),
    ("春节是农历新年，人们会贴春联、放鞭炮、吃年夜饭。",
     "过年的时候大家有哪些传统习俗？"),
    ("太阳能电池板把阳光转化为电能，晴天的发电效率最高。",
     "光伏板在什么天气下产电最多？"),
    ("糖尿病患者应控制碳水化合物摄入，并定期监测血糖。",
     "血糖高的人饮食上要注意什么？"),
    ("围棋起源于中国，棋盘有十九路纵横线，黑白双方轮流落子。",
     "那种黑白棋子的古老棋类游戏棋盘多大？"),
    ("每天睡眠七到八小时有助于提高记忆力和免疫力。",
     "晚上休息多久对身体和脑子最好？"),
    ("台风季节一般在七月到九月，沿海地区需提前做好防风准备。",
     "海边城市哪几个月容易遭遇强烈风暴？"),
]

EN = [
    ("The quarterly board meeting moved from Tuesday to Thursday because the chair is travelling.",
     "Why was the directors' session rescheduled?"),
    ("Printer toner and paper are ordered through the facilities portal, not by email.",
     "Where do I request ink cartridges for the copier?"),
    ("Volcanic eruptions release ash clouds that can ground aircraft for days.",
     "How can a mountain blowing up stop flights?"),
    ("Sourdough bread rises slowly because wild yeast ferments the dough for many hours.",
     "Why does naturally leavened loaf take so long to prove?"),
    ("The museum is closed on Mondays; entry is free on the first Sunday of each month.",
     "When can I visit the gallery without paying?"),
    ("Bicycle parking is in the basement garage; e-bikes can be charged at the wall sockets.",
     "Where do I leave my bike and charge its battery?"),
]

MIXED = [
    ("VPN 连接失败时，请先重启 Cisco AnyConnect 客户端，再检查网络设置。",
     "remote access tunnel 连不上怎么办？"),
    ("季度 OKR 需要在每个 quarter 开始前两周提交给 team lead 审核。",
     "目标与关键结果什么时候交给组长？"),
    ("Please submit 签证申请 documents to HR at least six weeks before the trip abroad.",
     "去国外出差办 visa 要提前多久交材料？"),
    ("Our Kubernetes 集群每晚两点自动备份到 S3 存储桶。",
     "When are the container cluster backups taken?"),
    ("新版本 release notes 会在每周五下午发布到 Confluence 页面。",
     "Where and when are the 更新说明 published?"),
    ("会议室 booking 请使用 Outlook 日历，最长可预订四小时。",
     "How long can I reserve a meeting room for?"),
]

DOCS = [d for d, _ in ZH + EN + MIXED]
QUERIES = [q for _, q in ZH + EN + MIXED]
LANGS = ["zh"] * len(ZH) + ["en"] * len(EN) + ["mixed"] * len(MIXED)
