package cn.liangxin.graph.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.liangxin.graph.access.AreaAccess;
import cn.liangxin.graph.access.AuditAction;
import cn.liangxin.graph.access.AuditLog;
import cn.liangxin.graph.store.ImportLock;
import cn.liangxin.graph.store.StoreSessions;
import cn.liangxin.graph.store.StoreSnapshots;
import cn.liangxin.graph.store.StoreVersion;

/**
 * Imports a ledger bundle: parses and validates all of it first (every error, references
 * checked against the bundle and the store), then writes it in ONE transaction in batches
 * of {@value #BATCH} rows, so a bundle is stored whole or not at all. Imports run one at
 * a time across every service instance on the store ({@link ImportLock}, taken once the
 * bundle was read without errors of its own and before it is checked against the store),
 * so the store a bundle was validated against is the store it is written to; the write
 * bumps the {@link StoreVersion}, so every instance's caches read the new state.
 */
@Service
public class LedgerImporter {

	private static final Logger log = LoggerFactory.getLogger(LedgerImporter.class);

	static final int BATCH = 10_000;

	private final StoreSessions sessions;

	private final LedgerParser parser;

	private final StoreSnapshots snapshots;

	private final ImportLock lock;

	private final StoreVersion version;

	private final AreaAccess access;

	private final AuditLog audit;

	public LedgerImporter(StoreSessions sessions, AreaAccess access, AuditLog audit, ImportLock lock,
			StoreVersion version, ImportLimits limits, StoreSnapshots snapshots) {
		this.parser = new LedgerParser(limits);
		this.snapshots = snapshots;
		this.sessions = sessions;
		this.access = access;
		this.audit = audit;
		this.lock = lock;
		this.version = version;
	}

	/**
	 * Imports a bundle, wording errors in Chinese: see
	 * {@link #importBundle(Map, LedgerText)}.
	 */
	public ImportResult importBundle(Map<String, byte[]> files) {
		return importBundle(files, LedgerText.CHINESE);
	}

	/**
	 * Imports a bundle given as file name → bytes (CSV files, .xlsx workbooks), wording
	 * errors in the given language; every outcome is audited.
	 * @throws LedgerRejectedException listing every error, when the bundle has any;
	 * nothing is written then
	 * @throws LedgerForbiddenException naming every row outside the caller's area;
	 * nothing is written then
	 * @throws ImportRunningException when another import held the store-wide lock for
	 * longer than the wait
	 */
	public ImportResult importBundle(Map<String, byte[]> files, LedgerText text) {
		String area = this.access.limit();
		try {
			ImportResult result = importLocked(files, text);
			this.audit.record(AuditAction.IMPORT, area, AuditLog.OK, files.keySet() + " rows " + result.files());
			return result;
		}
		catch (LedgerForbiddenException ex) {
			this.audit.record(AuditAction.IMPORT, area, AuditLog.REFUSED,
					files.keySet() + ": " + ex.errors().size() + " row(s) outside the area");
			throw ex;
		}
		catch (LedgerRejectedException ex) {
			this.audit.record(AuditAction.IMPORT, area, AuditLog.REFUSED,
					files.keySet() + ": " + ex.errors().size() + " error(s)");
			throw ex;
		}
		catch (BundleException ex) {
			// a limit passed while parsing (ImportLimits): refused like a bad bundle, not
			// failed
			this.audit.record(AuditAction.IMPORT, area, AuditLog.REFUSED, files.keySet() + ": " + ex.getMessage());
			throw ex;
		}
		catch (ImportRunningException ex) {
			this.audit.record(AuditAction.IMPORT, area, AuditLog.REFUSED, files.keySet() + ": " + ex.getMessage());
			throw ex;
		}
		catch (RuntimeException ex) {
			this.audit.record(AuditAction.IMPORT, area, AuditLog.FAILED,
					files.keySet() + ": " + ex.getClass().getSimpleName());
			throw ex;
		}
	}

	private ImportResult importLocked(Map<String, byte[]> files, LedgerText text) {
		long started = System.nanoTime();
		try (var store = new LockingStore(text)) {
			// A bundle with no errors of its own holds the lock from the parser's first
			// question to the store on (LockingStore).
			ParseResult parsed = this.parser.parse(files, store, text);
			AreaBoundaries.Result boundaries = AreaBoundaries.read(files.get(AreaBoundaries.FILE_NAME),
					parsed.bundle().areas().stream().map(AreaRow::code).collect(Collectors.toSet()), store);
			if (!parsed.ok() || !boundaries.errors().isEmpty()) {
				var errors = new ArrayList<>(parsed.errors());
				errors.addAll(boundaries.errors());
				throw new LedgerRejectedException(errors);
			}
			ImportLock.Lease lease = store.held();
			List<LedgerError> outside = store.session.executeRead(
					tx -> ImportAreaCheck.outside(parsed.bundle(), boundaries.boundaries().keySet(), this.access, tx));
			if (!outside.isEmpty()) {
				throw new LedgerForbiddenException(outside);
			}
			LedgerBundle bundle = parsed.bundle();
			long parsedAt = System.nanoTime();
			var progress = new Progress(bundle.totalRows());
			// An explicit transaction, not a retried unit of work: a bundle too large for
			// the
			// transaction memory would fail the same way on every retry.
			try (var session = this.sessions.open(); var tx = session.beginTransaction()) {
				write(tx, bundle, progress);
				AreaBoundaries.write(tx, boundaries.boundaries());
				this.version.bump(tx);
				lease.fence(tx);
				// never between two reads of one answer (StoreSnapshots)
				this.snapshots.committing(tx::commit);
			}
			catch (ImportLock.LostException ex) {
				throw new ImportRunningException(text.t("import.lockLost"));
			}
			catch (TransientException ex) {
				if (String.valueOf(ex.getMessage()).contains("dbms.memory.transaction")) {
					throw new LedgerTooLargeException(bundle.totalRows(), ex.getMessage());
				}
				throw ex;
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			Map<String, Integer> counts = new LinkedHashMap<>(bundle.counts());
			if (files.containsKey(AreaBoundaries.FILE_NAME)) {
				counts.put(AreaBoundaries.FILE_NAME, boundaries.boundaries().size());
			}
			var result = new ImportResult(counts, bundle.totalRows(), millis,
					(System.nanoTime() - parsedAt) / 1_000_000);
			log.info("Imported {} rows in {} ms ({} rows/s): {}", result.totalRows(), millis, result.rowsPerSecond(),
					result.files());
			return result;
		}
	}

	/**
	 * The store as the parser asks it, and the import's hold on the store-wide lock:
	 * taken once the whole bundle was read without an error of its own, before the
	 * references are checked against the store, so the store a bundle was validated
	 * against is the store it is written to. A bundle refused for what it holds (a limit
	 * passed while reading, bad rows) is refused without waiting for the lock, and never
	 * keeps another import waiting.
	 */
	private final class LockingStore implements KnownIds, AutoCloseable {

		private final org.neo4j.driver.Session session = LedgerImporter.this.sessions.open();

		private final LedgerText text;

		private ImportLock.Lease lease;

		LockingStore(LedgerText text) {
			this.text = text;
		}

		@Override
		public void bundleRead(boolean errors) {
			if (!errors) {
				held();
			}
		}

		@Override
		public Set<String> existing(IdKind kind, Set<String> ids) {
			return this.session.executeRead(tx -> LedgerStatements.existing(tx, kind, ids));
		}

		ImportLock.Lease held() {
			if (this.lease == null) {
				try {
					this.lease = LedgerImporter.this.lock.take();
				}
				catch (ImportLock.HeldException ex) {
					throw new ImportRunningException(this.text.t("import.running", ex.instance(), ex.since(),
							LedgerImporter.this.lock.waitSeconds()));
				}
			}
			return this.lease;
		}

		@Override
		public void close() {
			try {
				if (this.lease != null) {
					this.lease.close();
				}
			}
			finally {
				this.session.close();
			}
		}

	}

	private void write(SimpleQueryRunner tx, LedgerBundle b, Progress progress) {
		// Files in reference order; a file's parent links after all of its nodes.
		upsert(tx, b.areas(), AreaRow::code, LedgerRows::area, LedgerStatements.CLEAR_AREA_LINKS,
				LedgerStatements.AREAS, progress);
		parents(tx, b.areas(), AreaRow::code, AreaRow::parentCode, LedgerStatements.AREA_PART_OF);
		upsert(tx, b.parks(), ParkRow::id, LedgerRows::park, LedgerStatements.CLEAR_PARK_LINKS, LedgerStatements.PARKS,
				progress);
		upsert(tx, b.buildings(), BuildingRow::id, LedgerRows::building, LedgerStatements.CLEAR_BUILDING_LINKS,
				LedgerStatements.BUILDINGS, progress);
		upsert(tx, b.organizations(), OrganizationRow::id, LedgerRows::organization,
				LedgerStatements.CLEAR_ORGANIZATION_LINKS, LedgerStatements.ORGANIZATIONS, progress);
		upsert(tx, b.partyOrgs(), PartyOrgRow::id, LedgerRows::partyOrg,
				LedgerStatements.CLEAR_PARTY_ORGANIZATION_LINKS, LedgerStatements.PARTY_ORGANIZATIONS, progress);
		parents(tx, b.partyOrgs(), PartyOrgRow::id, PartyOrgRow::parentId,
				LedgerStatements.PARTY_ORGANIZATION_REPORTS_TO);
		// Link files replace, for every id of their first column, that id's links of the
		// file.
		replaceLinks(tx, LedgerStatements.CLEAR_COVERS, LedgerStatements.COVERS, b.partyOrgUnits(),
				PartyOrgUnitRow::partyOrgId, LedgerRows::partyOrgUnit, progress);
		List<MemberRow> members = b.members().stream().filter(m -> m.status().isMember()).toList();
		List<MemberRow> prospects = b.members().stream().filter(m -> !m.status().isMember()).toList();
		relabel(tx, members, LedgerStatements.PROSPECT_TO_MEMBER);
		relabel(tx, prospects, LedgerStatements.MEMBER_TO_PROSPECT);
		upsert(tx, members, MemberRow::id, LedgerRows::member, LedgerStatements.CLEAR_MEMBER_LINKS,
				LedgerStatements.MEMBERS, progress);
		upsert(tx, prospects, MemberRow::id, LedgerRows::member, LedgerStatements.CLEAR_PROSPECT_LINKS,
				LedgerStatements.PROSPECTS, progress);
		upsert(tx, b.officers(), OfficerRow::id, LedgerRows::officer, LedgerStatements.CLEAR_OFFICER_LINKS,
				LedgerStatements.OFFICERS, progress);
		replaceLinks(tx, LedgerStatements.CLEAR_GUIDES, LedgerStatements.GUIDES, b.officerAssignments(),
				OfficerAssignmentRow::officerId, LedgerRows::officerAssignment, progress);
		replaceLinks(tx, LedgerStatements.CLEAR_TIES, LedgerStatements.TIES, b.orgLinks(), OrgLinkRow::fromId,
				LedgerRows::orgLink, progress);
	}

	/**
	 * Clears a batch's single-valued links, then upserts its nodes with their links to
	 * earlier files.
	 */
	private static <R> void upsert(SimpleQueryRunner tx, List<R> rows, Function<R, String> id,
			Function<R, Map<String, Object>> toMap, String clear, String upsert, Progress progress) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<R> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			List<Map<String, Object>> maps = new ArrayList<>(batch.size());
			List<String> ids = new ArrayList<>(batch.size());
			for (R row : batch) {
				maps.add(toMap.apply(row));
				ids.add(id.apply(row));
			}
			tx.run(clear, Map.of("ids", ids)).consume();
			tx.run(upsert, Map.of("rows", maps)).consume();
			progress.advance(batch.size());
		}
	}

	/**
	 * A person whose stage moved between member and prospect keeps its node under the
	 * other label.
	 */
	private static void relabel(SimpleQueryRunner tx, List<MemberRow> rows, String statement) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<String> ids = rows.subList(from, Math.min(rows.size(), from + BATCH))
				.stream()
				.map(MemberRow::id)
				.toList();
			tx.run(statement, Map.of("ids", ids)).consume();
		}
	}

	/** Links to a parent in the same file, once all of the file's nodes exist. */
	private static <R> void parents(SimpleQueryRunner tx, List<R> rows, Function<R, String> id,
			Function<R, String> parent, String statement) {
		List<Map<String, Object>> links = new ArrayList<>();
		for (R row : rows) {
			if (parent.apply(row) != null) {
				links.add(Map.of("id", id.apply(row), "target", parent.apply(row)));
			}
		}
		for (int from = 0; from < links.size(); from += BATCH) {
			tx.run(statement, Map.of("rows", links.subList(from, Math.min(links.size(), from + BATCH)))).consume();
		}
	}

	private static <R> void replaceLinks(SimpleQueryRunner tx, String clear, String create, List<R> rows,
			Function<R, String> owner, Function<R, Map<String, Object>> toMap, Progress progress) {
		if (rows.isEmpty()) {
			return;
		}
		Set<String> owners = new LinkedHashSet<>();
		rows.forEach(r -> owners.add(owner.apply(r)));
		List<String> ids = List.copyOf(owners);
		for (int from = 0; from < ids.size(); from += BATCH) {
			tx.run(clear, Map.of("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))).consume();
		}
		batched(tx, create, rows, toMap, progress);
	}

	private static <R> void batched(SimpleQueryRunner tx, String statement, List<R> rows,
			Function<R, Map<String, Object>> toMap, Progress progress) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<R> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			List<Map<String, Object>> maps = new ArrayList<>(batch.size());
			batch.forEach(r -> maps.add(toMap.apply(r)));
			tx.run(statement, Map.of("rows", maps)).consume();
			progress.advance(batch.size());
		}
	}

	/** Logs rows, rows/s and percent at most every two seconds on long imports. */
	static final class Progress {

		private final int total;

		private int done;

		private long started;

		private long lastLog;

		Progress(int total) {
			this.total = total;
			this.started = System.nanoTime();
			this.lastLog = this.started;
		}

		void advance(int rows) {
			this.done += rows;
			long now = System.nanoTime();
			if (now - this.lastLog > 2_000_000_000L) {
				this.lastLog = now;
				double seconds = (now - this.started) / 1e9;
				log.info("Import: {} of {} rows ({}%), {} rows/s", this.done, this.total,
						this.total == 0 ? 100 : this.done * 100L / this.total, Math.round(this.done / seconds));
			}
		}

	}

	/**
	 * What an import wrote.
	 *
	 * @param files rows per file
	 * @param totalRows rows in all
	 * @param millis the whole import, validation included
	 * @param writeMillis the write transaction alone
	 */
	public record ImportResult(Map<String, Integer> files, int totalRows, long millis, long writeMillis) {

		public long rowsPerSecond() {
			return this.millis == 0 ? this.totalRows : Math.round(this.totalRows * 1000.0 / this.millis);
		}
	}

	/** The bundle is larger than one transaction may hold; nothing was written. */
	public static class LedgerTooLargeException extends RuntimeException {

		private final int rows;

		/**
		 * @param cause the store's own words, for the log only: the client is told
		 * {@code bundle.tooManyRows}
		 */
		public LedgerTooLargeException(int rows, String cause) {
			super("the bundle's " + rows + " rows are more than one import transaction may hold (" + cause
					+ "); nothing was imported. Split it into several bundles (e.g. one per district, or members apart), "
					+ "or raise liangxin.transaction-memory and the heap");
			this.rows = rows;
		}

		public int rows() {
			return this.rows;
		}

	}

	/**
	 * Another import held the store-wide lock for longer than the wait (or took it over);
	 * nothing was written.
	 */
	public static class ImportRunningException extends RuntimeException {

		public ImportRunningException(String message) {
			super(message);
		}

	}

	/** Rows of the bundle lie outside the importer's area; nothing was written. */
	public static class LedgerForbiddenException extends RuntimeException {

		private final List<LedgerError> errors;

		public LedgerForbiddenException(List<LedgerError> errors) {
			super(errors.size() + " row(s) of the ledger bundle lie outside your area; nothing was imported");
			this.errors = List.copyOf(errors);
		}

		public List<LedgerError> errors() {
			return this.errors;
		}

	}

	/** The bundle had errors; nothing was written. */
	public static class LedgerRejectedException extends RuntimeException {

		private final List<LedgerError> errors;

		public LedgerRejectedException(List<LedgerError> errors) {
			super(errors.size() + " error(s) in the ledger bundle; nothing was imported");
			this.errors = List.copyOf(errors);
		}

		public List<LedgerError> errors() {
			return this.errors;
		}

	}

}
