package cn.liangxin.graph.ledger;

/**
 * A row of party_org_units.csv: a party organization covers an organization. Ids are
 * trimmed; empty optional cells are null; locations are WGS-84. {@code line} is the
 * physical line (header = 1) where the record starts.
 */
public record PartyOrgUnitRow(int line, String partyOrgId, String organizationId) {
}
