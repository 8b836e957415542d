package cn.liangxin.graph.ledger;

import cn.liangxin.graph.domain.AreaLevel;

/**
 * A row of areas.csv: an administrative area. Ids are trimmed; empty optional cells are
 * null; locations are WGS-84. {@code line} is the physical line (header = 1) where the
 * record starts.
 */
public record AreaRow(int line, String code, String name, AreaLevel level, String parentCode) {
}
