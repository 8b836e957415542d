package cn.liangxin.graph.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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
 * waits at most {@code liangxin.http.upload-timeout}. With Tomcat's own connection
 * timeout, maximum connections and accept count (application.properties), a few hundred
 * clients trickling bytes cannot hold the workers that health and lookups need.
 */
@Configuration(proxyBeanMethods = false)
class SlowClients {

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
			@Value("${liangxin.http.upload-grace}") Duration grace) {
		var registration = new FilterRegistrationBean<Filter>((request, response, chain) -> {
			if (!(request instanceof HttpServletRequest http)
					|| (http.getContentLengthLong() <= 0 && http.getHeader("Transfer-Encoding") == null)) {
				chain.doFilter(request, response);
				return;
			}
			var metered = new Metered(http, rate.toBytes(), grace.toNanos());
			try {
				chain.doFilter(metered, response);
			}
			catch (IOException | RuntimeException | jakarta.servlet.ServletException ex) {
				if (!metered.tooSlow) {
					throw ex;
				}
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

		Metered(HttpServletRequest request, long bytesPerSecond, long graceNanos) {
			super(request);
			this.bytesPerSecond = bytesPerSecond;
			this.graceNanos = graceNanos;
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
						return b;
					}

					@Override
					public int read(byte[] b, int off, int len) throws IOException {
						int n = body.read(b, off, len);
						if (n > 0) {
							check(n);
						}
						return n;
					}

					private void check(int n) throws IOException {
						this.count += n;
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
