package cn.liangxin.graph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start the service as root unless {@code liangxin.allow-root=true}: it parses
 * uploads from the network and writes the store's files, and a flaw in either must not be
 * able to reach every file of the machine. Checked as soon as the settings are known,
 * before the store opens (registered in META-INF/spring.factories, so it runs before any
 * bean).
 */
public final class RootGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** The setting that lets it run as root anyway (CI containers, the tests here). */
	public static final String ALLOW_ROOT = "liangxin.allow-root";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		boolean allowed = event.getEnvironment().getProperty(ALLOW_ROOT, Boolean.class, false);
		if (!allowed && isRoot()) {
			throw new IllegalStateException(
					"liangxin-graph refuses to run as root: it parses uploads from the network and "
							+ "writes the store's files, and as root a flaw in either reaches every file of the machine. Run it as "
							+ "an unprivileged user that owns the data directory, or set " + ALLOW_ROOT
							+ "=true to run as root anyway.");
		}
	}

	/**
	 * Whether this process runs with user id 0 (Linux: /proc; elsewhere the user name).
	 */
	static boolean isRoot() {
		Path status = Path.of("/proc/self/status");
		if (Files.isReadable(status)) {
			try {
				for (String line : Files.readAllLines(status)) {
					if (line.startsWith("Uid:")) {
						// real, effective, saved, file system: the effective one decides
						String[] ids = line.substring(4).trim().split("\\s+");
						return ids.length > 1 && ids[1].equals("0");
					}
				}
			}
			catch (IOException ex) {
				// fall through to the name
			}
		}
		return "root".equals(System.getProperty("user.name"));
	}

}
