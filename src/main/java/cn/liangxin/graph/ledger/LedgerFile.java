package cn.liangxin.graph.ledger;

import java.util.Optional;

/**
 * The files a ledger bundle may hold, in the order they are read, reported and imported.
 */
public enum LedgerFile {

	/** areas.csv. */
	AREAS("areas.csv", "区划"),

	/** parks.csv. */
	PARKS("parks.csv", "园区"),

	/** buildings.csv. */
	BUILDINGS("buildings.csv", "楼宇"),

	/** organizations.csv, the one required file. */
	ORGANIZATIONS("organizations.csv", "两新组织"),

	/** party_orgs.csv. */
	PARTY_ORGS("party_orgs.csv", "党组织"),

	/** party_org_units.csv (link file). */
	PARTY_ORG_UNITS("party_org_units.csv", "覆盖单位"),

	/** members.csv. */
	MEMBERS("members.csv", "党员"),

	/** officers.csv. */
	OFFICERS("officers.csv", "党建指导员"),

	/** officer_assignments.csv (link file). */
	OFFICER_ASSIGNMENTS("officer_assignments.csv", "联系单位"),

	/** org_links.csv (link file). */
	ORG_LINKS("org_links.csv", "单位关系");

	private final String fileName;

	private final String sheetName;

	LedgerFile(String fileName, String sheetName) {
		this.fileName = fileName;
		this.sheetName = sheetName;
	}

	/**
	 * The file name without {@code .csv}, e.g. {@code organizations}: a workbook's sheet
	 * may be named so.
	 */
	public String stem() {
		return this.fileName.substring(0, this.fileName.length() - ".csv".length());
	}

	/**
	 * The Chinese name, e.g. {@code 两新组织}: the template's sheet name, and what a
	 * workbook's sheet may be named.
	 */
	public String sheetName() {
		return this.sheetName;
	}

	/**
	 * The file a workbook sheet holds: named by its stem (any case), its file name or its
	 * Chinese name.
	 */
	public static Optional<LedgerFile> bySheetName(String name) {
		String key = name.strip();
		for (LedgerFile file : values()) {
			if (file.stem().equalsIgnoreCase(key) || file.fileName.equalsIgnoreCase(key)
					|| file.sheetName.equals(key)) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

	/** The file name inside the bundle, e.g. {@code organizations.csv}. */
	public String fileName() {
		return this.fileName;
	}

	/** The file with exactly this name (file names are case-sensitive, as on Linux). */
	public static Optional<LedgerFile> byFileName(String name) {
		for (LedgerFile file : values()) {
			if (file.fileName.equals(name)) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

}
