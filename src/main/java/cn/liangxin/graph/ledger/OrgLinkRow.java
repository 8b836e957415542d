package cn.liangxin.graph.ledger;

import cn.liangxin.graph.domain.TieKind;

/**
 * A row of org_links.csv: a tie from one organization to another. Ids are trimmed; empty
 * optional cells are null; locations are WGS-84. {@code line} is the physical line
 * (header = 1) where the record starts.
 */
public record OrgLinkRow(int line, String fromId, String toId, TieKind kind, Double share) {
}
