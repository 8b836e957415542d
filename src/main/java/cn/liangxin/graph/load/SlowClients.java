package cn.liangxin.graph.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.Filter;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The HTTP layer against slow clients: a request body must keep arriving at
 * {@code liangxin.http.min-upload-rate} per second on average once
 * {@code liangxin.http.upload-grace} has passed, or the request ends with 408 and the
 * connection is closed, giving its worker back; between two packets of a body Tomcat
 * waits at most {@code liangxin.http.upload-timeout}; at most
 * {@code liangxin.http.max-bodies} bodies over {@value #SMALL_BODY} bytes (uploads) are
 * received at once, and one beyond them is answered 503 at once without being read. With
 * Tomcat's own connection timeout, maximum connections and accept count
 * (application.properties), a few hundred clients trickling bytes cannot hold the workers
 * that health and lookups need.
 */
@Configuration(proxyBeanMethods = false)
class SlowClients {

	/** Bodies up to this size take no turn among {@code liangxin.http.max-bodies}. */
	static final long SMALL_BODY = 64 * 1024;

	@Bean
	TomcatConnectorCustomizer uploadTimeout(@Value("${liangxin.http.upload-timeout}") Duration timeout) {
		return connector -> {
			// Tomcat's own read timeout for bodies, instead of the connection timeout
			connector.setProperty("disableUploadTimeout", "false");
			connector.setProperty("connectionUploadTimeout", Long.toString(timeout.toMillis()));
		};
	}

	@Bean
	FilterRegistrationBean<Filter> minimumUploadRate(@Value("${liangxin.http.min-upload-rate}") DataSize rate,
			@Value("${liangxin.http.upload-grace}") Duration grace,
			@Value("${liangxin.http.max-bodies}") int maxBodies) {
		// Uploads being received at once: each holds a worker while it arrives, so beyond
		// this many an upload is refused at once and the workers stay free for health
		// and lookups, however many clients trickle.
		var bodies = new Semaphore(maxBodies);
		var registration = new FilterRegistrationBean<Filter>((request, response, chain) -> {
			if (!(request instanceof HttpServletRequest http)
					|| (http.getContentLengthLong() <= 0 && http.getHeader("Transfer-Encoding") == null)) {
				chain.doFilter(request, response);
				return;
			}
			// A small body (a GraphQL request, a login) takes no turn: it arrives with
			// its
			// headers or at once, and lookups must never be refused for trickling
			// uploads.
			boolean upload = http.getContentLengthLong() > SMALL_BODY || http.getContentLengthLong() < 0;
			if (upload && !bodies.tryAcquire()) {
				busy((HttpServletResponse) response, maxBodies);
				return;
			}
			var metered = new Metered(http, rate.toBytes(), grace.toNanos(), upload ? bodies : null);
			try {
				chain.doFilter(metered, response);
			}
			catch (IOException | RuntimeException | jakarta.servlet.ServletException ex) {
				if (!metered.tooSlow) {
					throw ex;
				}
			}
			finally {
				metered.received();
			}
			if (metered.tooSlow) {
				tooSlow((HttpServletResponse) response, rate);
			}
		});
		registration.addUrlPatterns("/*");
		// before everything that may read a body
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	private static void busy(HttpServletResponse response, int maxBodies) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "5");
		// the body is not read: the connection cannot carry another request
		response.setHeader("Connection", "close");
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"正在接收的请求内容已达 " + maxBodies + " 个（liangxin.http.max-bodies），请稍后重试 ("
					+ maxBodies
					+ " request bodies are arriving already, liangxin.http.max-bodies: try again shortly)\"}]}");
	}

	private static void tooSlow(HttpServletResponse response, DataSize rate) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
		response.setHeader("Connection", "close");
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"请求内容上传过慢（低于每秒 " + rate.toKilobytes()
					+ " KB），连接已关闭 (the body arrived slower than " + rate.toKilobytes() + " KB/s)\"}]}");
	}

	// The request with its body counted as it is read.
	private static final class Metered extends HttpServletRequestWrapper {

		private final long bytesPerSecond;

		private final long graceNanos;

		private ServletInputStream in;

		volatile boolean tooSlow;

		private final Semaphore bodies;

		private final AtomicBoolean holding;

		Metered(HttpServletRequest request, long bytesPerSecond, long graceNanos, Semaphore bodies) {
			super(request);
			this.bytesPerSecond = bytesPerSecond;
			this.graceNanos = graceNanos;
			this.bodies = bodies;
			this.holding = new AtomicBoolean(bodies != null);
		}

		// The body has arrived (or the request ended): its turn goes to the next body.
		void received() {
			if (this.holding.compareAndSet(true, false)) {
				this.bodies.release();
			}
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.in == null) {
				ServletInputStream body = super.getInputStream();
				long started = System.nanoTime();
				this.in = new ServletInputStream() {

					private long count;

					@Override
					public int read() throws IOException {
						int b = body.read();
						if (b >= 0) {
							check(1);
						}
						else {
							received();
						}
						return b;
					}

					@Override
					public int read(byte[] b, int off, int len) throws IOException {
						int n = body.read(b, off, len);
						if (n > 0) {
							check(n);
						}
						else if (n < 0) {
							received();
						}
						return n;
					}

					private void check(int n) throws IOException {
						this.count += n;
						if (this.count >= getContentLengthLong() && getContentLengthLong() > 0) {
							received();
						}
						long elapsed = System.nanoTime() - started;
						if (elapsed > Metered.this.graceNanos
								&& this.count < Metered.this.bytesPerSecond * (elapsed / 1_000_000_000.0)) {
							Metered.this.tooSlow = true;
							throw new IOException(
									"request body slower than " + Metered.this.bytesPerSecond + " bytes/s");
						}
					}

					@Override
					public boolean isFinished() {
						return body.isFinished();
					}

					@Override
					public boolean isReady() {
						return body.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						body.setReadListener(listener);
					}

					@Override
					public void close() throws IOException {
						body.close();
					}
				};
			}
			return this.in;
		}

	}

}
