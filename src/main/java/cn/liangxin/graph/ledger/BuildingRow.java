package cn.liangxin.graph.ledger;

import cn.liangxin.graph.domain.GeoPoint;

/**
 * A row of buildings.csv: a building, optionally in a park. Ids are trimmed; empty
 * optional cells are null; locations are WGS-84. {@code line} is the physical line
 * (header = 1) where the record starts.
 */
public record BuildingRow(int line, String id, String name, String parkId, String areaCode, GeoPoint location) {
}
