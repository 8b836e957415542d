package cn.liangxin.graph.demo;

/**
 * A weighted sample of GB/T 4754-2017 classes (four-digit 小类 that exist in the 2017
 * edition) for each kind of organization, with the words a Shanghai company name of that
 * trade would carry. Weights follow the rough mix of a central-city 两新 ledger: software,
 * business services and trade dominate, manufacturing is thin.
 */
final class Industries {

	/**
	 * One class: code with section letter, sampling weight, name words (行业词 or name
	 * suffixes).
	 */
	record Industry(String code, double weight, String[] words) {

		String digits() {
			return code.substring(1);
		}
	}

	static final Industry[] ENTERPRISE = { of("I6513", 8, "信息科技", "软件科技", "网络科技"), of("I6511", 1, "软件技术"),
			of("I6520", 1.5, "微电子科技", "芯片科技"), of("I6531", 3, "信息技术", "智能科技"), of("I6532", 1.5, "物联网科技"),
			of("I6540", 1, "信息技术服务"), of("I6550", 1, "数据科技", "云计算科技"), of("I6560", 2, "信息咨询"),
			of("I6572", 1, "数码科技", "动漫设计"), of("I6429", 1.5, "网络科技", "互联网科技"), of("I6432", 1, "电子商务"),
			of("L7212", 4, "投资管理", "资产管理"), of("L7211", 1, "企业管理"), of("L7224", 2, "供应链管理"), of("L7221", 0.5, "园区管理"),
			of("L7241", 1, "财务咨询", "税务咨询"), of("L7243", 3, "商务咨询", "管理咨询", "企业管理咨询"), of("L7251", 1, "广告", "文化传媒"),
			of("L7259", 2, "广告", "文化传播"), of("L7262", 1, "人力资源"), of("L7263", 1, "劳务派遣", "人力资源服务"),
			of("L7281", 1, "会展服务"), of("L7284", 0.5, "展览展示"), of("M7320", 2, "科技发展", "技术研究"), of("M7340", 1, "生物医药科技"),
			of("M7452", 1, "检测技术"), of("M7484", 1.5, "建筑设计", "工程设计"), of("M7491", 0.8, "工业设计"), of("M7492", 1, "创意设计"),
			of("M7512", 1, "生物科技"), of("M7514", 1, "节能科技", "环保科技"), of("M7515", 1, "新能源科技"), of("M7519", 2, "科技"),
			of("M7520", 0.5, "知识产权代理"), of("M7540", 0.5, "孵化器管理", "众创空间管理"), of("F5176", 1.5, "电子科技", "计算机"),
			of("F5179", 2, "机电设备", "电子"), of("F5126", 1, "食品", "酒业", "茶业"), of("F5132", 1.5, "服饰"),
			of("F5141", 0.8, "文化用品"), of("F5211", 0.8, "商贸", "百货"), of("F5261", 1, "汽车销售"), of("F5263", 0.8, "汽车配件"),
			of("F5292", 2, "电子商务"), of("F5251", 0.7, "大药房"), of("H6210", 2, "餐饮管理"), of("H6220", 1.5, "餐饮"),
			of("H6232", 0.6, "咖啡"), of("H6121", 0.4, "酒店管理"), of("K7020", 2, "物业管理", "物业服务"), of("K7030", 1.5, "房地产经纪"),
			of("K7010", 0.5, "置业", "房地产开发"), of("E4710", 0.5, "建设", "建筑工程"), of("E5011", 1, "装饰工程"),
			of("E5012", 1.5, "装饰设计", "装潢"), of("G5437", 1, "物流", "供应链"), of("G5821", 1.2, "国际货运代理", "物流"),
			of("G6020", 0.5, "快递"), of("C3919", 0.6, "电子科技"), of("C3921", 0.4, "通信技术"), of("C3973", 0.3, "半导体"),
			of("C3581", 0.5, "医疗器械"), of("C2319", 0.5, "印务", "包装"), of("C1819", 0.4, "服饰"), of("O8010", 1, "家政服务"),
			of("O8040", 1, "美容美发"), of("O8053", 0.6, "健康管理"), of("O8111", 0.6, "汽车服务"),
			of("O8221", 0.5, "保洁服务", "清洁服务"), of("P8391", 1, "职业技能培训"), of("P8394", 1, "教育科技"), of("Q8425", 0.6, "门诊部"),
			of("R8730", 0.8, "影视文化", "影视传媒"), of("R8810", 0.6, "文化艺术", "演艺"), of("R8930", 0.6, "健身", "体育发展"),
			of("J6739", 0.5, "股权投资基金管理"), of("N7729", 0.3, "环境工程") };

	/** Name suffixes here are the organization form: 协会, 服务中心, 幼儿园 … */
	static final Industry[] SOCIAL = { of("S9522", 3, "行业协会", "商会"), of("S9521", 2, "学会", "研究会"),
			of("S9529", 1.5, "促进会", "联合会"), of("S9530", 0.3, "公益基金会"), of("P8393", 1, "艺术培训中心"),
			of("P8310", 0.8, "幼儿园"), of("Q8514", 1.5, "养老院", "敬老院"), of("Q8521", 1.5, "社区服务中心", "社工服务社"),
			of("R8870", 0.7, "文化服务中心"), of("O8090", 0.6, "邻里服务中心", "志愿者服务社") };

	static final Industry[] INDIVIDUAL = { of("F5213", 3, "便利店"), of("F5223", 2, "水果店", "蔬菜店"), of("F5281", 1.5, "五金店"),
			of("F5232", 1, "服装店"), of("F5225", 1, "烟酒店", "茶叶店"), of("F5211", 1, "商行"), of("H6220", 2.5, "快餐店"),
			of("H6291", 2, "小吃店", "面馆"), of("H6210", 2, "餐饮店", "饭店"), of("O8040", 2, "理发店", "美发店"),
			of("O8111", 0.7, "汽车修理店"), of("O8030", 0.5, "洗衣店") };

	static final double[] ENTERPRISE_WEIGHTS = weights(ENTERPRISE);

	static final double[] SOCIAL_WEIGHTS = weights(SOCIAL);

	static final double[] INDIVIDUAL_WEIGHTS = weights(INDIVIDUAL);

	/** GB/T 4754-2017 sections and their division ranges (A 01–05 … T 97). */
	static final String SECTION_RANGES = "A01-05 B06-12 C13-43 D44-46 E47-50 F51-52 G53-60 H61-62 I63-65 J66-69 "
			+ "K70-70 L71-72 M73-75 N76-79 O80-82 P83-83 Q84-85 R86-90 S91-96 T97-97";

	private Industries() {
	}

	/**
	 * The section letter a division belongs to, or 0 when the division does not exist.
	 */
	static char sectionOf(int division) {
		for (String range : SECTION_RANGES.split(" ")) {
			int from = Integer.parseInt(range.substring(1, 3));
			int to = Integer.parseInt(range.substring(4, 6));
			if (division >= from && division <= to) {
				return range.charAt(0);
			}
		}
		return 0;
	}

	private static Industry of(String code, double weight, String... words) {
		if (sectionOf(Integer.parseInt(code.substring(1, 3))) != code.charAt(0)) {
			throw new IllegalStateException("division outside its section: " + code);
		}
		return new Industry(code, weight, words);
	}

	private static double[] weights(Industry[] industries) {
		double[] w = new double[industries.length];
		for (int i = 0; i < w.length; i++) {
			w[i] = industries[i].weight();
		}
		return w;
	}

}
