package cn.liangxin.graph.demo;

/**
 * Syllables for place names and trade names (字号). Names are assembled, never taken from a
 * list of real places or firms, and none of them names a person.
 */
final class Names {

	static final String[] DISTRICTS = { "示范区", "滨江区", "明珠区", "锦绣区", "新桥区", "云锦区", "金湾区", "东滩区", "西岸区", "北郊区", "南湖区",
			"临江区", "青云区", "紫竹区", "银杏区", "望海区", "春申区", "华漕区", "泖河区", "淀湖区" };

	static final String[] PLACE_FIRST = "江 华 新 长 金 东 西 南 北 梅 龙 虹 曹 枫 田 康 周 川 徐 凌 宝 真 石 松 泗 罗 高 淞 吴 泾".split(" ");

	static final String[] PLACE_SECOND = "桥 泾 浦 林 湾 园 庙 家 塘 阳 山 港 行 汇 镇 宁 安 平 兴 和 乐 庄 渡 滨 溪 苑 城 口 岭 场".split(" ");

	static final String[] COMMUNITY_STEMS = { "锦绣", "丽景", "康乐", "和平", "阳光", "春晖", "翠竹", "玉兰", "梅园", "紫薇", "金色", "碧云",
			"长青", "枫林", "明珠", "花园", "东苑", "西苑", "南苑", "北苑", "滨江", "怡景", "馨园", "华庭", "绿洲", "海棠", "桂林", "文化", "幸福",
			"振兴" };

	static final String[] COMMUNITY_SUFFIXES = { "", "一村", "二村", "三村", "苑", "里", "新村", "家园", "坊" };

	static final String[] TRADE_FIRST = "华 鑫 瑞 博 恒 盛 泰 信 达 宏 嘉 润 德 锦 诚 汇 创 智 源 天 海 佳 宇 通 腾 益 晟 卓 启 昊 君 尚 奥 拓 迅 睿 峰 宸 弘 凯"
		.split(" ");

	static final String[] TRADE_SECOND = "誉 鼎 远 辉 邦 泽 联 铭 安 和 丰 茂 捷 科 星 祥 杰 明 成 旭 越 翔 晨 悦 朗 航 升 耀 禾 勤 立 凡 策 维 优 驰 森 然 芯 湃"
		.split(" ");

	static final String[] TRADE_PREFIX = "中 新 东 申 沪 金 银 云 蓝 绿".split(" ");

	static final String[] SURNAMES = "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高".split(" ");

	static final String[] PARK_KINDS = { "科技园", "产业园", "文化创意园", "软件园", "创意园", "智造园", "商务园", "电商产业园", "生物医药产业园",
			"数字产业园" };

	static final String[] TOWER_KINDS = { "大厦", "中心", "广场A座", "广场B座", "国际大厦", "商务楼", "金融中心", "科技大厦" };

	static final String[] THEMES = { "软件", "电子商务", "物流", "餐饮", "楼宇经济", "文化创意", "人工智能", "生物医药", "跨境贸易", "物业管理", "养老服务",
			"青年创业", "家政服务", "会展", "知识产权", "新能源" };

	private Names() {
	}

	/** A two-character place name, distinct for distinct indexes below 900. */
	static String place(int index) {
		// 601 is prime to 900, so consecutive indexes spread over the syllable grid
		// without repeats
		int i = Math.floorMod(index * 601 + 37, 900);
		return PLACE_FIRST[i / 30] + PLACE_SECOND[i % 30];
	}

	static String trade(Rng rng) {
		String two = rng.pick(TRADE_FIRST) + rng.pick(TRADE_SECOND);
		return rng.chance(0.25) ? rng.pick(TRADE_PREFIX) + two : two;
	}

}
