package cn.liangxin.graph.ledger;

import java.util.Optional;

/** The files a ledger bundle may hold, in the order they are read, reported and imported. */
public enum LedgerFile {

	/** areas.csv. */
	AREAS("areas.csv"),

	/** parks.csv. */
	PARKS("parks.csv"),

	/** buildings.csv. */
	BUILDINGS("buildings.csv"),

	/** organizations.csv, the one required file. */
	ORGANIZATIONS("organizations.csv"),

	/** party_orgs.csv. */
	PARTY_ORGS("party_orgs.csv"),

	/** party_org_units.csv (link file). */
	PARTY_ORG_UNITS("party_org_units.csv"),

	/** members.csv. */
	MEMBERS("members.csv"),

	/** officers.csv. */
	OFFICERS("officers.csv"),

	/** officer_assignments.csv (link file). */
	OFFICER_ASSIGNMENTS("officer_assignments.csv"),

	/** org_links.csv (link file). */
	ORG_LINKS("org_links.csv");

	private final String fileName;

	LedgerFile(String fileName) {
		this.fileName = fileName;
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
