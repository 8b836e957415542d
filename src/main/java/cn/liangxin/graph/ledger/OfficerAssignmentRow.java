package cn.liangxin.graph.ledger;

import java.time.LocalDate;

/**
 * A row of officer_assignments.csv: an officer guides an organization. Ids are trimmed;
 * empty optional cells are null; locations are WGS-84. {@code line} is the physical line
 * (header = 1) where the record starts.
 */
public record OfficerAssignmentRow(int line, String officerId, String organizationId, LocalDate since) {
}
