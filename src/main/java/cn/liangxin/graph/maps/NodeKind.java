package cn.liangxin.graph.maps;

/**
 * What a map node stands for; the order is the tie-break when truncation ranks equal
 * degrees.
 */
public enum NodeKind {

	AREA, PARK, BUILDING, ORGANIZATION, PARTY_ORGANIZATION, OFFICER

}
