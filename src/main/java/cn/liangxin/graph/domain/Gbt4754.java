package cn.liangxin.graph.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The top two levels of GB/T 4754-2017 (国民经济行业分类): 20 sections (门类) A–T and 97 divisions
 * (大类) 01–97. In the 2017 edition the division numbers run without gaps from 01 to 97,
 * each in exactly one section; groups and classes (中类/小类, the 3rd and 4th digit) are not
 * tabulated here, so only the division of a longer code is checked.
 */
public final class Gbt4754 {

	/**
	 * A section (门类).
	 *
	 * @param letter A–T
	 * @param chineseName the standard's name, e.g. 信息传输、软件和信息技术服务业
	 * @param englishName an English rendering of it
	 */
	public record Section(char letter, String chineseName, String englishName) {
	}

	/**
	 * A division (大类).
	 *
	 * @param code two digits, 01–97
	 * @param section the letter of its section
	 * @param chineseName the standard's name, e.g. 软件和信息技术服务业
	 */
	public record Division(String code, char section, String chineseName) {
	}

	private static final List<Section> SECTIONS = List.of(
			new Section('A', "农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery"),
			new Section('B', "采矿业", "Mining"), new Section('C', "制造业", "Manufacturing"),
			new Section('D', "电力、热力、燃气及水生产和供应业", "Production and supply of electricity, heat, gas and water"),
			new Section('E', "建筑业", "Construction"), new Section('F', "批发和零售业", "Wholesale and retail trade"),
			new Section('G', "交通运输、仓储和邮政业", "Transport, storage and postal services"),
			new Section('H', "住宿和餐饮业", "Accommodation and catering"),
			new Section('I', "信息传输、软件和信息技术服务业",
					"Information transmission, software and information technology services"),
			new Section('J', "金融业", "Finance"), new Section('K', "房地产业", "Real estate"),
			new Section('L', "租赁和商务服务业", "Leasing and business services"),
			new Section('M', "科学研究和技术服务业", "Scientific research and technical services"),
			new Section('N', "水利、环境和公共设施管理业", "Water conservancy, environment and public facilities management"),
			new Section('O', "居民服务、修理和其他服务业", "Resident services, repair and other services"),
			new Section('P', "教育", "Education"), new Section('Q', "卫生和社会工作", "Health and social work"),
			new Section('R', "文化、体育和娱乐业", "Culture, sports and entertainment"),
			new Section('S', "公共管理、社会保障和社会组织", "Public administration, social security and social organizations"),
			new Section('T', "国际组织", "International organizations"));

	private static final List<Division> DIVISIONS = List.of(new Division("01", 'A', "农业"),
			new Division("02", 'A', "林业"), new Division("03", 'A', "畜牧业"), new Division("04", 'A', "渔业"),
			new Division("05", 'A', "农、林、牧、渔专业及辅助性活动"), new Division("06", 'B', "煤炭开采和洗选业"),
			new Division("07", 'B', "石油和天然气开采业"), new Division("08", 'B', "黑色金属矿采选业"),
			new Division("09", 'B', "有色金属矿采选业"), new Division("10", 'B', "非金属矿采选业"),
			new Division("11", 'B', "开采专业及辅助性活动"), new Division("12", 'B', "其他采矿业"), new Division("13", 'C', "农副食品加工业"),
			new Division("14", 'C', "食品制造业"), new Division("15", 'C', "酒、饮料和精制茶制造业"), new Division("16", 'C', "烟草制品业"),
			new Division("17", 'C', "纺织业"), new Division("18", 'C', "纺织服装、服饰业"),
			new Division("19", 'C', "皮革、毛皮、羽毛及其制品和制鞋业"), new Division("20", 'C', "木材加工和木、竹、藤、棕、草制品业"),
			new Division("21", 'C', "家具制造业"), new Division("22", 'C', "造纸和纸制品业"), new Division("23", 'C', "印刷和记录媒介复制业"),
			new Division("24", 'C', "文教、工美、体育和娱乐用品制造业"), new Division("25", 'C', "石油、煤炭及其他燃料加工业"),
			new Division("26", 'C', "化学原料和化学制品制造业"), new Division("27", 'C', "医药制造业"),
			new Division("28", 'C', "化学纤维制造业"), new Division("29", 'C', "橡胶和塑料制品业"),
			new Division("30", 'C', "非金属矿物制品业"), new Division("31", 'C', "黑色金属冶炼和压延加工业"),
			new Division("32", 'C', "有色金属冶炼和压延加工业"), new Division("33", 'C', "金属制品业"),
			new Division("34", 'C', "通用设备制造业"), new Division("35", 'C', "专用设备制造业"), new Division("36", 'C', "汽车制造业"),
			new Division("37", 'C', "铁路、船舶、航空航天和其他运输设备制造业"), new Division("38", 'C', "电气机械和器材制造业"),
			new Division("39", 'C', "计算机、通信和其他电子设备制造业"), new Division("40", 'C', "仪器仪表制造业"),
			new Division("41", 'C', "其他制造业"), new Division("42", 'C', "废弃资源综合利用业"),
			new Division("43", 'C', "金属制品、机械和设备修理业"), new Division("44", 'D', "电力、热力生产和供应业"),
			new Division("45", 'D', "燃气生产和供应业"), new Division("46", 'D', "水的生产和供应业"), new Division("47", 'E', "房屋建筑业"),
			new Division("48", 'E', "土木工程建筑业"), new Division("49", 'E', "建筑安装业"),
			new Division("50", 'E', "建筑装饰、装修和其他建筑业"), new Division("51", 'F', "批发业"), new Division("52", 'F', "零售业"),
			new Division("53", 'G', "铁路运输业"), new Division("54", 'G', "道路运输业"), new Division("55", 'G', "水上运输业"),
			new Division("56", 'G', "航空运输业"), new Division("57", 'G', "管道运输业"), new Division("58", 'G', "多式联运和运输代理业"),
			new Division("59", 'G', "装卸搬运和仓储业"), new Division("60", 'G', "邮政业"), new Division("61", 'H', "住宿业"),
			new Division("62", 'H', "餐饮业"), new Division("63", 'I', "电信、广播电视和卫星传输服务"),
			new Division("64", 'I', "互联网和相关服务"), new Division("65", 'I', "软件和信息技术服务业"),
			new Division("66", 'J', "货币金融服务"), new Division("67", 'J', "资本市场服务"), new Division("68", 'J', "保险业"),
			new Division("69", 'J', "其他金融业"), new Division("70", 'K', "房地产业"), new Division("71", 'L', "租赁业"),
			new Division("72", 'L', "商务服务业"), new Division("73", 'M', "研究和试验发展"), new Division("74", 'M', "专业技术服务业"),
			new Division("75", 'M', "科技推广和应用服务业"), new Division("76", 'N', "水利管理业"),
			new Division("77", 'N', "生态保护和环境治理业"), new Division("78", 'N', "公共设施管理业"), new Division("79", 'N', "土地管理业"),
			new Division("80", 'O', "居民服务业"), new Division("81", 'O', "机动车、电子产品和日用产品修理业"),
			new Division("82", 'O', "其他服务业"), new Division("83", 'P', "教育"), new Division("84", 'Q', "卫生"),
			new Division("85", 'Q', "社会工作"), new Division("86", 'R', "新闻和出版业"),
			new Division("87", 'R', "广播、电视、电影和录音制作业"), new Division("88", 'R', "文化艺术业"), new Division("89", 'R', "体育"),
			new Division("90", 'R', "娱乐业"), new Division("91", 'S', "中国共产党机关"), new Division("92", 'S', "国家机构"),
			new Division("93", 'S', "人民政协、民主党派"), new Division("94", 'S', "社会保障"),
			new Division("95", 'S', "群众团体、社会团体和其他成员组织"), new Division("96", 'S', "基层群众自治组织及其他组织"),
			new Division("97", 'T', "国际组织"));

	// Indexed by letter − 'A' and by division number, the codes being dense.
	private static final Section[] SECTION_BY_LETTER = SECTIONS.toArray(Section[]::new);

	private static final Division[] DIVISION_BY_NUMBER = new Division[100];

	static {
		for (Division division : DIVISIONS) {
			DIVISION_BY_NUMBER[Integer.parseInt(division.code())] = division;
		}
	}

	private Gbt4754() {
	}

	/** All 20 sections, A to T. */
	public static List<Section> sections() {
		return SECTIONS;
	}

	/** All 97 divisions, 01 to 97. */
	public static List<Division> divisions() {
		return DIVISIONS;
	}

	/** The section with this letter (upper case), or empty. */
	public static Optional<Section> section(char letter) {
		int i = letter - 'A';
		return (i >= 0 && i < SECTION_BY_LETTER.length) ? Optional.of(SECTION_BY_LETTER[i]) : Optional.empty();
	}

	/** The division with this two-digit code, or empty. */
	public static Optional<Division> division(String code) {
		if (code == null || code.length() != 2 || !isDigit(code.charAt(0)) || !isDigit(code.charAt(1))) {
			return Optional.empty();
		}
		return Optional.ofNullable(DIVISION_BY_NUMBER[(code.charAt(0) - '0') * 10 + (code.charAt(1) - '0')]);
	}

	/** The divisions of one section, in order. */
	public static List<Division> divisionsOf(char section) {
		return Arrays.stream(DIVISION_BY_NUMBER).filter(d -> d != null && d.section() == section).toList();
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
