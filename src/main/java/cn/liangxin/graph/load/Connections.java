package cn.liangxin.graph.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The kernel's table of TCP connections ({@code /proc/net/tcp} and {@code tcp6}, Linux):
 * the state of each by its local port and remote address and port. What the Servlet API
 * cannot say — whether the client of a request still holds its connection — this table
 * does: when the client closes, its connection here turns {@code CLOSE_WAIT}.
 */
public final class Connections {

	/** {@code TCP_ESTABLISHED}. */
	static final int ESTABLISHED = 0x01;

	/** {@code TCP_CLOSE_WAIT}: the other side closed its end. */
	static final int CLOSE_WAIT = 0x08;

	private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

	/** The server's end of a client's connection. */
	public record Connection(int localPort, String remoteAddress, int remotePort) {

		/** The connection {@code request} came on, its address as the table spells it. */
		static @Nullable Connection of(HttpServletRequest request) {
			try {
				return new Connection(request.getLocalPort(),
						InetAddress.getByName(request.getRemoteAddr()).getHostAddress(), request.getRemotePort());
			}
			catch (UnknownHostException ex) {
				return null; // not an address literal: behind a proxy's headers, say
			}
		}

		String key() {
			return this.localPort + "/" + this.remoteAddress + ":" + this.remotePort;
		}

	}

	boolean readable() {
		return TABLES.stream().anyMatch(Files::isReadable);
	}

	/** Connection key → state; empty when no table is readable. */
	Map<String, Integer> states() {
		Map<String, Integer> states = new HashMap<>();
		for (Path table : TABLES) {
			try {
				for (String line : Files.readAllLines(table)) {
					String[] fields = line.trim().split("\\s+");
					if (fields.length < 4 || !fields[0].endsWith(":")) {
						continue; // the header
					}
					String[] local = fields[1].split(":");
					String[] remote = fields[2].split(":");
					states.put(Integer.parseInt(local[1], 16) + "/" + address(remote[0]) + ":"
							+ Integer.parseInt(remote[1], 16), Integer.parseInt(fields[3], 16));
				}
			}
			catch (IOException | RuntimeException ex) {
				// no such table here (no IPv6, not Linux): the other one, or none
			}
		}
		return states;
	}

	// The table prints each 32-bit word of the address as the machine holds it.
	private static String address(String hex) throws UnknownHostException {
		byte[] bytes = HexFormat.of().parseHex(hex);
		if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
			for (int w = 0; w < bytes.length; w += 4) {
				byte b0 = bytes[w];
				byte b1 = bytes[w + 1];
				bytes[w] = bytes[w + 3];
				bytes[w + 1] = bytes[w + 2];
				bytes[w + 2] = b1;
				bytes[w + 3] = b0;
			}
		}
		// an IPv4-mapped IPv6 address comes back as the IPv4 one, as requests spell it
		return InetAddress.getByAddress(bytes).getHostAddress();
	}

}
