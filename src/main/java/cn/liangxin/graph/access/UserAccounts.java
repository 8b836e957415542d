package cn.liangxin.graph.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import cn.liangxin.graph.store.StoreSessions;
import cn.liangxin.graph.store.StoreVersion;

/**
 * The users, kept in the store as {@code (:User)} nodes with a password hash made by
 * Spring Security's delegating encoder ({@code {bcrypt}…}); a password is never logged or
 * returned. Every change is audited.
 */
@Service
public class UserAccounts implements UserDetailsService {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

	static final int MIN_PASSWORD = 8;

	private final StoreSessions sessions;

	private final PasswordEncoder encoder;

	private final AreaTree areas;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final StoreVersion version;

	UserAccounts(StoreSessions sessions, PasswordEncoder encoder, AreaTree areas, LoginThrottle throttle,
			AuditLog audit, StoreVersion version) {
		this.version = version;
		this.sessions = sessions;
		this.encoder = encoder;
		this.areas = areas;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		// the token first: a change committed between the two reads makes the session
		// read the user again
		String token = this.version.current();
		Record r = stored(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return new AccountDetails(account(r), r.get("passwordHash").asString(), r.get("locked").asBoolean(),
				r.get("failures").asBoolean(), token);
	}

	public List<Account> list() {
		try (var session = this.sessions.open()) {
			return session.executeRead(tx -> tx.run("""
					MATCH (u:User)
					RETURN u.username AS username, u.role AS role, u.areaCode AS areaCode, u.enabled AS enabled
					ORDER BY u.username
					""").list(UserAccounts::account));
		}
	}

	public Optional<Account> find(String username) {
		return stored(username).map(UserAccounts::account);
	}

	public boolean anyAdmin() {
		try (var session = this.sessions.open()) {
			return session.executeRead(tx -> tx.run("RETURN EXISTS { (:User {role: 'ADMIN', enabled: true}) } AS any")
				.single()
				.get("any")
				.asBoolean());
		}
	}

	/**
	 * Creates a user; the area is required unless the role is ADMIN (an ADMIN has none).
	 */
	public Account create(String username, String password, Role role, @Nullable String areaCode) {
		if (!USERNAME.matcher(username).matches()) {
			throw new InvalidAccountException("username", username,
					"不是有效的用户名：2–64 个字母、数字或 . _ @ - (is not a valid username)");
		}
		checkPassword(password);
		String area = checkArea(role, areaCode);
		if (find(username).isPresent()) {
			throw new InvalidAccountException("username", username, "已存在 (already exists)");
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("username", username);
		parameters.put("hash", this.encoder.encode(password));
		parameters.put("role", role.name());
		parameters.put("areaCode", area);
		try (var session = this.sessions.open()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						CREATE (u:User {username: $username, passwordHash: $hash, role: $role, areaCode: $areaCode,
						                enabled: true, createdAt: datetime(), updatedAt: datetime()})
						""", parameters).consume();
				this.version.bump(tx);
			});
		}
		var account = new Account(username, role, area, true);
		this.audit.record(AuditAction.USER_CREATED, area, AuditLog.OK, describe(account));
		return account;
	}

	/** Changes what is given of a user's role, area, password and enabled flag. */
	public Account update(String username, @Nullable Role role, @Nullable String areaCode, @Nullable String password,
			@Nullable Boolean enabled) {
		Account current = find(username)
			.orElseThrow(() -> new InvalidAccountException("username", username, "不存在 (no such user)"));
		Role newRole = role != null ? role : current.role();
		String newArea = checkArea(newRole, areaCode != null ? areaCode : current.areaCode());
		if (password != null) {
			checkPassword(password);
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("username", username);
		parameters.put("role", newRole.name());
		parameters.put("areaCode", newArea);
		parameters.put("hash", password == null ? null : this.encoder.encode(password));
		parameters.put("enabled", enabled != null ? enabled : current.enabled());
		try (var session = this.sessions.open()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						MATCH (u:User {username: $username})
						SET u.role = $role, u.areaCode = $areaCode, u.enabled = $enabled, u.updatedAt = datetime(),
						    u.passwordHash = coalesce($hash, u.passwordHash)
						""", parameters).consume();
				// what any instance keeps in memory about users is read again
				this.version.bump(tx);
			});
		}
		var account = new Account(username, newRole, newArea, enabled != null ? enabled : current.enabled());
		this.audit.record(AuditAction.USER_UPDATED, newArea, AuditLog.OK,
				describe(account) + (password != null ? " password changed" : ""));
		if (password != null || Boolean.TRUE.equals(enabled)) {
			this.throttle.reset(username);
		}
		return account;
	}

	private void checkPassword(String password) {
		if (password.length() < MIN_PASSWORD) {
			// the value itself is never echoed
			throw new InvalidAccountException("password", "…",
					"少于 " + MIN_PASSWORD + " 个字符 (is shorter than " + MIN_PASSWORD + " characters)");
		}
	}

	private @Nullable String checkArea(Role role, @Nullable String areaCode) {
		if (role == Role.ADMIN) {
			return null;
		}
		if (areaCode == null || areaCode.isBlank()) {
			throw new InvalidAccountException("areaCode", "",
					"必填：非 ADMIN 用户须有所属区划 (is required unless the role is ADMIN)");
		}
		if (!this.areas.exists(areaCode)) {
			throw new InvalidAccountException("areaCode", areaCode, "没有此代码的区划 (no area with this code)");
		}
		return areaCode;
	}

	private Optional<Record> stored(String username) {
		try (var session = this.sessions.open()) {
			return session.executeRead(
					tx -> tx
						.run("""
								MATCH (u:User {username: $username})
								RETURN u.username AS username, u.role AS role, u.areaCode AS areaCode, u.enabled AS enabled,
								       u.passwordHash AS passwordHash,
								       coalesce(u.lockedUntil > datetime(), false) AS locked, coalesce(u.failedLogins, []) <> [] AS failures
								""",
								Map.of("username", username))
						.list()
						.stream()
						.findFirst());
		}
	}

	private static Account account(Record r) {
		return new Account(r.get("username").asString(), Role.valueOf(r.get("role").asString()),
				r.get("areaCode").isNull() ? null : r.get("areaCode").asString(), r.get("enabled").asBoolean(true));
	}

	private static String describe(Account account) {
		return "user " + account.username() + " role " + account.role()
				+ (account.areaCode() != null ? " area " + account.areaCode() : "")
				+ (account.enabled() ? "" : " disabled");
	}

}
