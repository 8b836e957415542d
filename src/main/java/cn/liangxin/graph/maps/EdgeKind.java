package cn.liangxin.graph.maps;

/** A map edge: the graph's relationship type it draws, in the graph's direction. */
public enum EdgeKind {

	COVERS, REPORTS_TO, GUIDES, IN_PARK, IN_BUILDING, PART_OF, SUPPLIES, INVESTS_IN, SUBSIDIARY_OF, COOPERATES;

}
