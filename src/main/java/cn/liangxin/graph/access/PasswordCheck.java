package cn.liangxin.graph.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's user-and-password check with the password hash verified once per
 * credentials, not once per request. HTTP Basic sends the password with every request,
 * and a bcrypt check costs tens of milliseconds of CPU: a script asking 100 lookups would
 * spend seconds hashing (measured: 2–4 requests/s for a lookup that takes a few
 * milliseconds).
 * <p>
 * What is remembered: a keyed hash (HMAC-SHA256 under a secret made at start, never
 * stored) of username and password, mapped to the stored password hash it verified
 * against. Everything else is checked on every request as before — the user is loaded
 * from the store, so a disabled, locked or re-roled account takes effect at once, and a
 * changed password no longer matches the remembered hash. Bounded to
 * {@value #MAX_REMEMBERED} entries, least recently used out.
 */
final class PasswordCheck extends DaoAuthenticationProvider {

	static final int MAX_REMEMBERED = 10_000;

	private final byte[] secret = new byte[32];

	private final Map<String, String> verified = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > MAX_REMEMBERED;
		}
	});

	PasswordCheck(UserDetailsService users, PasswordEncoder encoder) {
		super(users);
		setPasswordEncoder(encoder);
		new SecureRandom().nextBytes(this.secret);
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
			throws AuthenticationException {
		String stored = user.getPassword();
		Object password = authentication.getCredentials();
		String key = password == null ? null : key(user.getUsername(), password.toString());
		if (key != null && stored != null && stored.equals(this.verified.get(key))) {
			return;
		}
		super.additionalAuthenticationChecks(user, authentication);
		if (key != null && stored != null) {
			this.verified.put(key, stored);
		}
	}

	/** How many credentials are remembered (for tests). */
	int remembered() {
		return this.verified.size();
	}

	private String key(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
