package cn.liangxin.graph.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.liangxin.graph.domain.Education;
import cn.liangxin.graph.domain.MemberStatus;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Rows;
import cn.liangxin.graph.network.Scope;
import cn.liangxin.graph.store.GraphQueries;

/**
 * Member profiles of a scope, of organizations (the people they employ) and of party
 * organizations (the members registered there and the prospects they cultivate). The
 * many-id reads serve batch loading: one statement for a whole page of organizations.
 */
@Service
@Transactional(readOnly = true)
public class MemberProfiles {

	private final GraphQueries queries;

	private final NetworkReads network;

	public MemberProfiles(GraphQueries queries, NetworkReads network) {
		this.queries = queries;
		this.network = network;
	}

	/** People employed in the ACTIVE organizations of the scope. */
	public MemberProfile of(Scope scope) {
		Scope allowed = this.network.requireScope(scope);
		return MemberProfile
			.of(this.queries.list("memberProfile", this.queries.file("queries/profile/member-profile.cypher"),
					allowed.parameters(), MemberProfiles::group));
	}

	/** People employed in each organization, by organization id (every id present). */
	public Map<String, MemberProfile> ofOrganizations(Collection<String> organizationIds) {
		return byKey("organizationProfiles", """
				UNWIND $ids AS id
				MATCH (:Organization {id: id})<-[:WORKS_AT]-(m)
				WHERE m:Member OR m:Prospect
				RETURN id AS key, m.status AS status, m.birthYear AS birthYear, m.education AS education,
				       m.mobile AS mobile, count(*) AS n
				""", organizationIds);
	}

	/**
	 * Members registered in each party organization and prospects it cultivates, by id
	 * (every id present).
	 */
	public Map<String, MemberProfile> ofPartyOrganizations(Collection<String> partyOrganizationIds) {
		return byKey("partyOrganizationProfiles", """
				UNWIND $ids AS id
				MATCH (po:PartyOrganization {id: id})
				CALL (po) {
				  MATCH (po)<-[:MEMBER_OF]-(m:Member) RETURN m
				  UNION
				  MATCH (po)<-[:CULTIVATED_BY]-(m:Prospect) RETURN m
				}
				RETURN id AS key, m.status AS status, m.birthYear AS birthYear, m.education AS education,
				       m.mobile AS mobile, count(*) AS n
				""", partyOrganizationIds);
	}

	private Map<String, MemberProfile> byKey(String name, String cypher, Collection<String> ids) {
		Map<String, List<MemberProfile.Group>> groups = new HashMap<>();
		ids.forEach(id -> groups.put(id, new ArrayList<>()));
		this.queries
			.list(name, cypher, Map.of("ids", List.copyOf(ids)), r -> Map.entry(r.get("key").asString(), group(r)))
			.forEach(e -> groups.get(e.getKey()).add(e.getValue()));
		Map<String, MemberProfile> result = new HashMap<>();
		groups.forEach((id, g) -> result.put(id, MemberProfile.of(g)));
		return result;
	}

	private static MemberProfile.Group group(Record r) {
		String education = Rows.string(r.get("education"));
		return new MemberProfile.Group(MemberStatus.valueOf(r.get("status").asString()),
				Rows.integer(r.get("birthYear")), education == null ? null : Education.valueOf(education),
				Rows.bool(r.get("mobile")), r.get("n").asInt());
	}

}
