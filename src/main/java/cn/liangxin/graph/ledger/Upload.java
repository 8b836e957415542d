package cn.liangxin.graph.ledger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A request body spooled to a temporary file (readable by the service's user only)
 * instead of the heap, refused with a 413 {@link BundleException} before a byte is read
 * when its {@code Content-Length} passes {@link ImportLimits#maxBytes()}, and as soon as
 * the bytes read pass it otherwise (a chunked body). Closing deletes the file.
 */
final class Upload implements AutoCloseable {

	private final Path file;

	private Upload(Path file) {
		this.file = file;
	}

	/** Spools {@code body}, which claims {@code contentLength} bytes (-1: unknown). */
	static Upload spool(InputStream body, long contentLength, ImportLimits limits) throws IOException {
		long max = limits.maxBytes().toBytes();
		if (contentLength > max) {
			throw tooLarge(limits);
		}
		Path file = Files.createTempFile("ledger-upload-", ".bin");
		try {
			Files.copy(limited(body, limits), file, StandardCopyOption.REPLACE_EXISTING);
			return new Upload(file);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	/** {@code in}, failing with a 413 once more than the limit was read from it. */
	static InputStream limited(InputStream in, ImportLimits limits) {
		long max = limits.maxBytes().toBytes();
		return new FilterInputStream(in) {

			private long count;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					check(1);
				}
				return b;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				int n = super.read(b, off, len);
				if (n > 0) {
					check(n);
				}
				return n;
			}

			private void check(int n) {
				this.count += n;
				if (this.count > max) {
					throw tooLarge(limits);
				}
			}
		};
	}

	static BundleException tooLarge(ImportLimits limits) {
		return BundleException.tooLarge("(bundle)", null, "limit.body", limits.maxBytes().toMegabytes());
	}

	/** The body again, from the start. */
	InputStream open() throws IOException {
		return Files.newInputStream(this.file);
	}

	byte[] bytes() throws IOException {
		return Files.readAllBytes(this.file);
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.file);
	}

}
