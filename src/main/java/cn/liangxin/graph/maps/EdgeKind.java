package cn.liangxin.graph.maps;

/** A map edge: the graph's relationship type it draws, in the graph's direction. */
public enum EdgeKind {
	COVERS, REPORTS_TO, GUIDES, IN_PARK, IN_BUILDING, PART_OF, SUPPLIES, INVESTS_IN, SUBSIDIARY_OF, COOPERATES;

	/** The tie types between organizations (org_links.csv). */
	public static boolean isTie(EdgeKind kind) {
		return kind == SUPPLIES || kind == INVESTS_IN || kind == SUBSIDIARY_OF || kind == COOPERATES;
	}
}
