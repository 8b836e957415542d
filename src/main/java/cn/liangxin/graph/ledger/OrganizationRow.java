package cn.liangxin.graph.ledger;

import java.time.LocalDate;

import cn.liangxin.graph.domain.GeoPoint;
import cn.liangxin.graph.domain.IndustryCode;
import cn.liangxin.graph.domain.NoPartyOrgReason;
import cn.liangxin.graph.domain.OrganizationKind;
import cn.liangxin.graph.domain.OrganizationStatus;
import cn.liangxin.graph.domain.Ownership;

/**
 * A row of organizations.csv: a non-public enterprise, social organization or individual
 * business. Ids are trimmed; empty optional cells are null; locations are WGS-84.
 * {@code revenue} is in 万元. {@code line} is the physical line (header = 1) where the
 * record starts.
 */
public record OrganizationRow(int line, String id, String name, OrganizationKind kind, IndustryCode industry,
		Integer employees, Boolean aboveScale, String areaCode, String parkId, String buildingId, GeoPoint location,
		OrganizationStatus status, LocalDate verifiedOn, NoPartyOrgReason noPartyOrgReason, LocalDate plannedOn,
		Boolean ownerIsMember, Double revenue, Ownership ownership) {
}
