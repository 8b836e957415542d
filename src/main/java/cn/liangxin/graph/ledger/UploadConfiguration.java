package cn.liangxin.graph.ledger;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The container's multipart limits made from {@link ImportLimits}, so
 * {@code liangxin.import.max-bytes} is the one setting of an upload's size (Boot's
 * {@code spring.servlet.multipart.*} are not used): every part goes to a temporary file
 * on disk, never the heap, and a form whose {@code Content-Length} passes the limit is
 * refused before it is read.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(ImportLimits limits) {
		long max = limits.maxBytes().toBytes();
		return new MultipartConfigElement("", max, max, 0);
	}

}
