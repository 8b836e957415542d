package cn.liangxin.graph.ledger;

import java.time.LocalDate;

import cn.liangxin.graph.domain.Education;
import cn.liangxin.graph.domain.MemberStatus;

/**
 * A row of members.csv: a pseudonymous party member, or a person in the recruitment
 * pipeline (see {@link MemberStatus#isMember()}). Ids are trimmed; empty optional cells
 * are null; locations are WGS-84. {@code line} is the physical line (header = 1) where
 * the record starts.
 */
public record MemberRow(int line, String id, MemberStatus status, String partyOrgId, String employerId,
		Integer birthYear, Education education, Boolean mobile, LocalDate joinedOn, LocalDate probationEndsOn) {
}
