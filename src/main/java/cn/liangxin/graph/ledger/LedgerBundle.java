package cn.liangxin.graph.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a ledger bundle, one list per file; a file absent from the bundle gives an
 * empty list and is missing from {@link #files()}. Rows keep file order; link files are
 * de-duplicated.
 *
 * @param files the names of the files present in the bundle (e.g.
 * {@code organizations.csv}), in {@link LedgerFile} order
 */
public record LedgerBundle(List<AreaRow> areas, List<ParkRow> parks, List<BuildingRow> buildings,
		List<OrganizationRow> organizations, List<PartyOrgRow> partyOrgs, List<PartyOrgUnitRow> partyOrgUnits,
		List<MemberRow> members, List<OfficerRow> officers, List<OfficerAssignmentRow> officerAssignments,
		List<OrgLinkRow> orgLinks, Set<String> files) {

	public LedgerBundle {
		areas = List.copyOf(areas);
		parks = List.copyOf(parks);
		buildings = List.copyOf(buildings);
		organizations = List.copyOf(organizations);
		partyOrgs = List.copyOf(partyOrgs);
		partyOrgUnits = List.copyOf(partyOrgUnits);
		members = List.copyOf(members);
		officers = List.copyOf(officers);
		officerAssignments = List.copyOf(officerAssignments);
		orgLinks = List.copyOf(orgLinks);
		Set<String> ordered = new LinkedHashSet<>();
		for (LedgerFile file : LedgerFile.values()) {
			if (files.contains(file.fileName())) {
				ordered.add(file.fileName());
			}
		}
		files = Collections.unmodifiableSet(ordered);
	}

	/**
	 * A bundle whose present files are taken to be those with at least one row (handy in
	 * tests).
	 */
	public LedgerBundle(List<AreaRow> areas, List<ParkRow> parks, List<BuildingRow> buildings,
			List<OrganizationRow> organizations, List<PartyOrgRow> partyOrgs, List<PartyOrgUnitRow> partyOrgUnits,
			List<MemberRow> members, List<OfficerRow> officers, List<OfficerAssignmentRow> officerAssignments,
			List<OrgLinkRow> orgLinks) {
		this(areas, parks, buildings, organizations, partyOrgs, partyOrgUnits, members, officers, officerAssignments,
				orgLinks, nonEmpty(areas, parks, buildings, organizations, partyOrgs, partyOrgUnits, members, officers,
						officerAssignments, orgLinks));
	}

	private static Set<String> nonEmpty(List<?>... lists) {
		Set<String> present = new LinkedHashSet<>();
		LedgerFile[] files = LedgerFile.values();
		for (int i = 0; i < lists.length; i++) {
			if (!lists[i].isEmpty()) {
				present.add(files[i].fileName());
			}
		}
		return present;
	}

	/** The rows of one file. */
	public List<?> rows(LedgerFile file) {
		return switch (file) {
			case AREAS -> this.areas;
			case PARKS -> this.parks;
			case BUILDINGS -> this.buildings;
			case ORGANIZATIONS -> this.organizations;
			case PARTY_ORGS -> this.partyOrgs;
			case PARTY_ORG_UNITS -> this.partyOrgUnits;
			case MEMBERS -> this.members;
			case OFFICERS -> this.officers;
			case OFFICER_ASSIGNMENTS -> this.officerAssignments;
			case ORG_LINKS -> this.orgLinks;
		};
	}

	/** Rows per present file, keyed by file name, in {@link LedgerFile} order. */
	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (LedgerFile file : LedgerFile.values()) {
			if (this.files.contains(file.fileName())) {
				counts.put(file.fileName(), rows(file).size());
			}
		}
		return Collections.unmodifiableMap(counts);
	}

	/** Rows over all files. */
	public int totalRows() {
		int total = 0;
		for (LedgerFile file : LedgerFile.values()) {
			total += rows(file).size();
		}
		return total;
	}
}
