package cn.liangxin.graph.ledger;

import java.time.LocalDate;

import cn.liangxin.graph.domain.Formation;
import cn.liangxin.graph.domain.PartyOrgLevel;
import cn.liangxin.graph.domain.PartyOrgRating;

/**
 * A row of party_orgs.csv: a party organization. Ids are trimmed; empty optional cells
 * are null; locations are WGS-84. {@code line} is the physical line (header = 1) where
 * the record starts.
 */
public record PartyOrgRow(int line, String id, String name, PartyOrgLevel level, Formation formation, String parentId,
		String areaCode, String parkId, Integer stars, LocalDate foundedOn, LocalDate termEndsOn, Boolean hasSecretary,
		Boolean secretaryTrained, PartyOrgRating rating) {
}
