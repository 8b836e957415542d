package cn.liangxin.graph;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/liangxin-graph} ends the JVM at its first OutOfMemoryError (so a supervisor
 * restarts it): it starts a jar whose program swallows the error and would live on, and
 * the process ends anyway.
 */
class LaunchScriptTests {

	/** A program that runs out of memory, catches it and would keep running half-dead. */
	public static final class HalfDead {

		public static void main(String[] args) throws Exception {
			List<byte[]> hog = new ArrayList<>();
			try {
				while (true) {
					hog.add(new byte[1 << 20]);
				}
			}
			catch (OutOfMemoryError ex) {
				hog.clear();
				System.out.println("survived");
			}
			Thread.sleep(120_000);
		}

	}

	@Test
	void theStartScriptEndsTheJvmAtTheFirstOutOfMemoryError(@TempDir Path dir) throws Exception {
		Path jar = dir.resolve("half-dead.jar");
		var manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, HalfDead.class.getName());
		String entry = HalfDead.class.getName().replace('.', '/') + ".class";
		try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest);
				InputStream in = HalfDead.class.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			in.transferTo(out);
			out.closeEntry();
		}
		var builder = new ProcessBuilder("sh", "bin/liangxin-graph").redirectErrorStream(true);
		builder.environment().put("LIANGXIN_JAR", jar.toString());
		builder.environment().put("JAVA_OPTS", "-Xmx32m");
		Process process = builder.start();
		// bounded, not timed: without the flag the program would sleep for two minutes
		boolean ended = process.waitFor(90, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!ended) {
			process.destroyForcibly();
		}
		assertThat(ended).as(output).isTrue();
		assertThat(output).contains("Terminating due to java.lang.OutOfMemoryError").doesNotContain("survived");
		assertThat(process.exitValue()).isEqualTo(3);
	}

}
