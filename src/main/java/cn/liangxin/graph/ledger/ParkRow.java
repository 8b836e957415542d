package cn.liangxin.graph.ledger;

import cn.liangxin.graph.domain.GeoPoint;

/**
 * A row of parks.csv: a park, market or cluster. Ids are trimmed; empty optional cells
 * are null; locations are WGS-84. {@code line} is the physical line (header = 1) where
 * the record starts.
 */
public record ParkRow(int line, String id, String name, String areaCode, GeoPoint location) {
}
