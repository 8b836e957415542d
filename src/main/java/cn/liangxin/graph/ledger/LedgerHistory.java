package cn.liangxin.graph.ledger;

import java.util.Map;

/**
 * The import's history Cypher (docs/domain.md, "History"; docs/adr/0004). The latest
 * state is the graph the analytics have always read; what an import replaces is kept
 * beside it:
 * <ul>
 * <li>a node's properties before the import in a {@code (n)-[:WAS {from, to,
 * importId}]->(:Version)} copy, kept only when the import changed them;</li>
 * <li>an ended link as its {@code WAS_<TYPE>} twin with {@code to} (the link statements
 * of {@link LedgerStatements} end links that way), restored in place when the import
 * wrote the same link again;</li>
 * <li>an entity a SNAPSHOT leaves out under its {@code Gone<Label>} label with
 * {@code goneOn}.</li>
 * </ul>
 * Every write carries the import's id ({@code createdBy}, {@code endedBy},
 * {@code importId}, {@code goneBy}), which is all a revert needs.
 */
final class LedgerHistory {

	private LedgerHistory() {
	}

	/** The labels whose nodes are versioned, with their id property. */
	static final Map<String, String> KEYS = Map.of("Area", "code", "Park", "id", "Building", "id", "Organization", "id",
			"PartyOrganization", "id", "Member", "id", "Prospect", "id", "Officer", "id");

	// ---- the journal
	// --------------------------------------------------------------------------

	static final String LATEST_IMPORT = """
			MATCH (i:Import)
			RETURN i.id AS id, i.asOf AS asOf, i.seq AS seq, i.at AS at, i.user AS user, i.mode AS mode,
			       i.areaCode AS areaCode, i.userArea AS userArea, i.files AS files, i.fileRows AS fileRows, i.rows AS rows
			ORDER BY i.asOf DESC, i.seq DESC
			LIMIT 1
			""";

	static final String IMPORTS = """
			MATCH (i:Import)
			RETURN i.id AS id, i.asOf AS asOf, i.seq AS seq, i.at AS at, i.user AS user, i.mode AS mode,
			       i.areaCode AS areaCode, i.userArea AS userArea, i.files AS files, i.fileRows AS fileRows, i.rows AS rows
			ORDER BY i.asOf, i.seq
			""";

	static final String RECORD_IMPORT = """
			OPTIONAL MATCH (same:Import {asOf: $asOf})
			WITH count(same) + 1 AS seq
			CREATE (i:Import {id: $importId, asOf: $asOf, seq: seq, at: datetime(), user: $user, mode: $mode,
			                  areaCode: $areaCode, userArea: $userArea, files: $files, fileRows: $fileRows, rows: $rows})
			""";

	// ---- versions of nodes
	// --------------------------------------------------------------------

	/**
	 * Before a batch is written: a copy of each stored node's properties, closed at the
	 * import's date.
	 */
	static final Map<String, String> VERSION = Map.of("Area",
			"""
					UNWIND $ids AS id
					MATCH (n:Area {code: id})
					CREATE (n)-[:WAS {from: coalesce(n.validFrom, date('0001-01-01')), to: $asOf, importId: $importId}]->(v:Version)
					SET v = properties(n)
					""",
			"Park",
			"""
					UNWIND $ids AS id
					MATCH (n:Park {id: id})
					CREATE (n)-[:WAS {from: coalesce(n.validFrom, date('0001-01-01')), to: $asOf, importId: $importId}]->(v:Version)
					SET v = properties(n)
					""",
			"Building",
			"""
					UNWIND $ids AS id
					MATCH (n:Building {id: id})
					CREATE (n)-[:WAS {from: coalesce(n.validFrom, date('0001-01-01')), to: $asOf, importId: $importId}]->(v:Version)
					SET v = properties(n)
					""",
			"Organization",
			"""
					UNWIND $ids AS id
					MATCH (n:Organization {id: id})
					CREATE (n)-[:WAS {from: coalesce(n.validFrom, date('0001-01-01')), to: $asOf, importId: $importId}]->(v:Version)
					SET v = properties(n)
					""",
			"PartyOrganization",
			"""
					UNWIND $ids AS id
					MATCH (n:PartyOrganization {id: id})
					CREATE (n)-[:WAS {from: coalesce(n.validFrom, date('0001-01-01')), to: $asOf, importId: $importId}]->(v:Version)
					SET v = properties(n)
					""",
			"Member",
			"""
					UNWIND $ids AS id
					MATCH (n:Member {id: id})
					CREATE (n)-[:WAS {from: coalesce(n.validFrom, date('0001-01-01')), to: $asOf, importId: $importId}]->(v:Version)
					SET v = properties(n)
					""",
			"Prospect",
			"""
					UNWIND $ids AS id
					MATCH (n:Prospect {id: id})
					CREATE (n)-[:WAS {from: coalesce(n.validFrom, date('0001-01-01')), to: $asOf, importId: $importId}]->(v:Version)
					SET v = properties(n)
					""",
			"Officer",
			"""
					UNWIND $ids AS id
					MATCH (n:Officer {id: id})
					CREATE (n)-[:WAS {from: coalesce(n.validFrom, date('0001-01-01')), to: $asOf, importId: $importId}]->(v:Version)
					SET v = properties(n)
					""");

	/**
	 * After the whole import: a copy equal to what was written is dropped (an unchanged
	 * row costs no history); a node that changed is valid from the import's date.
	 * Unlabelled on purpose: a member may have become a prospect in between.
	 */
	static final String SETTLE_VERSIONS = """
			MATCH (n)-[w:WAS {importId: $importId}]->(v:Version)
			WITH n, v, properties(v) = properties(n) AS same
			FOREACH (_ IN CASE WHEN same THEN [1] ELSE [] END | DETACH DELETE v)
			FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | SET n.validFrom = $asOf)
			""";

	/**
	 * After the whole import: every link it marked ended ({@code endedBy}, by a clearing
	 * statement of {@link LedgerStatements} or a snapshot) and did not write again
	 * becomes its {@code WAS_<TYPE>} twin, closed at the import's date; a link written
	 * again was unmarked in place, so an unchanged link costs no history. Collected
	 * first: the statement creates relationships of the kind it reads.
	 */
	static final String END_MARKED_LINKS = """
			MATCH ()-[r]->()
			WHERE r.endedBy = $importId
			WITH collect(r) AS ended
			UNWIND ended AS r
			WITH r, startNode(r) AS s, endNode(r) AS t, 'WAS_' + type(r) AS was
			CREATE (s)-[w:$(was)]->(t)
			SET w = properties(r), w.to = $asOf
			DELETE r
			""";

	// ---- snapshots: what the area's ledger no longer holds ends
	// ----------------------------------

	/**
	 * The stored entities of each label within the snapshot's area, by the rule the area
	 * check uses ({@link ImportAreaCheck#STORED_AREA}): a party organization by its area
	 * or its park's, a member or prospect by its employer's or its party organization's.
	 */
	static final Map<String, String> WITHIN = Map.of("Park", """
			MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(n:Park)
			RETURN DISTINCT n.id AS id
			""", "Building", """
			MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(n:Building)
			RETURN DISTINCT n.id AS id
			""", "Organization", """
			MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(n:Organization)
			RETURN DISTINCT n.id AS id
			""", "PartyOrganization",
			"""
					CALL () {
					  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(n:PartyOrganization) RETURN n
					  UNION
					  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(:Park)<-[:IN_PARK]-(n:PartyOrganization)
					  WHERE NOT EXISTS { (n)-[:IN_AREA]->() }
					  RETURN n
					  UNION
					  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(:Organization)<-[:COVERS]-(n:PartyOrganization)
					  WHERE NOT EXISTS { (n)-[:IN_AREA|IN_PARK]->() }
					    AND NOT EXISTS { (n)-[:COVERS]->(:Organization)-[:IN_AREA]->(a:Area)
					                     WHERE NOT EXISTS { (a)-[:PART_OF*0..]->(:Area {code: $areaCode}) } }
					  RETURN n
					}
					RETURN DISTINCT n.id AS id
					""",
			"Officer", """
					MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(n:Officer)
					RETURN DISTINCT n.id AS id
					""", "Member",
			"""
					CALL () {
					  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(:Organization)<-[:WORKS_AT]-(n:Member) RETURN n
					  UNION
					  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(:PartyOrganization)<-[:MEMBER_OF]-(n:Member)
					  WHERE NOT EXISTS { (n)-[:WORKS_AT]->() }
					  RETURN n
					}
					RETURN DISTINCT n.id AS id
					""",
			"Prospect",
			"""
					CALL () {
					  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(:Organization)<-[:WORKS_AT]-(n:Prospect) RETURN n
					  UNION
					  MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(:Area)<-[:IN_AREA]-(:PartyOrganization)<-[:CULTIVATED_BY]-(n:Prospect)
					  WHERE NOT EXISTS { (n)-[:WORKS_AT]->() }
					  RETURN n
					}
					RETURN DISTINCT n.id AS id
					""");

	/** The snapshot's area and every area below it. */
	static final String AREAS_WITHIN = """
			MATCH (:Area {code: $areaCode})<-[:PART_OF*0..]-(a:Area)
			RETURN a.code AS id
			""";

	/**
	 * Unmarks the links this snapshot marked ended that reach outside its area ($inside:
	 * the ids and area codes within it), unless an end is leaving the ledger.
	 */
	static final String KEEP_LINKS_LEAVING_THE_AREA = """
			MATCH (s)-[r]->(t)
			WHERE r.endedBy = $importId
			WITH r, coalesce(s.id, s.code) AS from, coalesce(t.id, t.code) AS to
			WHERE (NOT from IN $inside OR NOT to IN $inside) AND NOT from IN $leaving AND NOT to IN $leaving
			REMOVE r.endedBy
			""";

	/**
	 * Ends every link of the given nodes (either direction): they are leaving the ledger.
	 */
	static final Map<String, String> END_ALL_LINKS = Map.of("Park", """
			UNWIND $ids AS id
			MATCH (:Park {id: id})-[r]-()
			WHERE NOT type(r) STARTS WITH 'WAS'
			SET r.endedBy = $importId
			""", "Building", """
			UNWIND $ids AS id
			MATCH (:Building {id: id})-[r]-()
			WHERE NOT type(r) STARTS WITH 'WAS'
			SET r.endedBy = $importId
			""", "Organization", """
			UNWIND $ids AS id
			MATCH (:Organization {id: id})-[r]-()
			WHERE NOT type(r) STARTS WITH 'WAS'
			SET r.endedBy = $importId
			""", "PartyOrganization", """
			UNWIND $ids AS id
			MATCH (:PartyOrganization {id: id})-[r]-()
			WHERE NOT type(r) STARTS WITH 'WAS'
			SET r.endedBy = $importId
			""", "Officer", """
			UNWIND $ids AS id
			MATCH (:Officer {id: id})-[r]-()
			WHERE NOT type(r) STARTS WITH 'WAS'
			SET r.endedBy = $importId
			""", "Member", """
			UNWIND $ids AS id
			MATCH (:Member {id: id})-[r]-()
			WHERE NOT type(r) STARTS WITH 'WAS'
			SET r.endedBy = $importId
			""", "Prospect", """
			UNWIND $ids AS id
			MATCH (:Prospect {id: id})-[r]-()
			WHERE NOT type(r) STARTS WITH 'WAS'
			SET r.endedBy = $importId
			""");

	/** Then the nodes themselves leave under their Gone label. */
	static final Map<String, String> GONE = Map.of("Park", """
			UNWIND $ids AS id
			MATCH (n:Park {id: id})
			REMOVE n:Park
			SET n:GonePark, n.goneOn = $asOf, n.goneBy = $importId
			""", "Building", """
			UNWIND $ids AS id
			MATCH (n:Building {id: id})
			REMOVE n:Building
			SET n:GoneBuilding, n.goneOn = $asOf, n.goneBy = $importId
			""", "Organization", """
			UNWIND $ids AS id
			MATCH (n:Organization {id: id})
			REMOVE n:Organization
			SET n:GoneOrganization, n.goneOn = $asOf, n.goneBy = $importId
			""", "PartyOrganization", """
			UNWIND $ids AS id
			MATCH (n:PartyOrganization {id: id})
			REMOVE n:PartyOrganization
			SET n:GonePartyOrganization, n.goneOn = $asOf, n.goneBy = $importId
			""", "Officer", """
			UNWIND $ids AS id
			MATCH (n:Officer {id: id})
			REMOVE n:Officer
			SET n:GoneOfficer, n.goneOn = $asOf, n.goneBy = $importId
			""", "Member", """
			UNWIND $ids AS id
			MATCH (n:Member {id: id})
			REMOVE n:Member
			SET n:GoneMember, n.goneOn = $asOf, n.goneBy = $importId
			""", "Prospect", """
			UNWIND $ids AS id
			MATCH (n:Prospect {id: id})
			REMOVE n:Prospect
			SET n:GoneProspect, n.goneOn = $asOf, n.goneBy = $importId
			""");

	// ---- revert: the store exactly as before the import
	// -----------------------------------------

	/**
	 * In order: the links it wrote go, the links it ended come back, the nodes it changed
	 * get their copies back, the nodes it ended come back, the nodes it created go, and
	 * its journal entry. The id lookups that have no index scan the store: a revert is
	 * rare and runs under the import lock.
	 */
	static final String[] REVERT = { """
			MATCH ()-[r]->()
			WHERE r.createdBy = $importId
			DELETE r
			""", """
			MATCH ()-[w]->()
			WHERE w.endedBy = $importId
			WITH collect(w) AS ended
			UNWIND ended AS w
			WITH w, startNode(w) AS s, endNode(w) AS t, substring(type(w), 4) AS type
			CREATE (s)-[r:$(type)]->(t)
			SET r = properties(w)
			REMOVE r.to, r.endedBy
			DELETE w
			""", """
			MATCH (n)-[:WAS {importId: $importId}]->(v:Version)
			SET n = properties(v)
			DETACH DELETE v
			""", """
			MATCH (n)
			WHERE n.goneBy = $importId
			WITH n, [l IN labels(n) WHERE l STARTS WITH 'Gone'][0] AS gone
			REMOVE n:$(gone)
			SET n:$(substring(gone, 4))
			REMOVE n.goneOn, n.goneBy
			""", """
			MATCH (n)
			WHERE n.createdBy = $importId
			DETACH DELETE n
			""", """
			MATCH (i:Import {id: $importId})
			DELETE i
			""" };

}
