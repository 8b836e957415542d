package cn.liangxin.graph.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BundleFilesTests {

	@Test
	void filesAtAnyDepthAreKeyedByBaseNameAndJunkIsSkipped() throws IOException {
		byte[] zip = zip("台账/", null, "台账/organizations.csv", "id,name", "台账/sub/members.csv", "id,status",
				"__MACOSX/台账/._organizations.csv", "junk", "台账/.DS_Store", "junk", "areas.csv", "code");
		Map<String, byte[]> files = BundleFiles.fromZip(zip);
		assertThat(files).containsOnlyKeys("organizations.csv", "members.csv", "areas.csv");
		assertThat(new String(files.get("members.csv"), StandardCharsets.UTF_8)).isEqualTo("id,status");
	}

	@Test
	void twoEntriesWithOneBaseNameAreAnError() throws IOException {
		byte[] zip = zip("q1/organizations.csv", "a", "q2/organizations.csv", "b");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> BundleFiles.fromZip(zip)).satisfies(ex -> {
			assertThat(ex.error().file()).isEqualTo("organizations.csv");
			assertThat(ex.error().message()).contains("q1/organizations.csv", "q2/organizations.csv");
		});
	}

	@Test
	void aBodyThatIsNotAZipIsRefused() {
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> BundleFiles.fromZip("id,name\n1,x\n".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("neither a zip");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> BundleFiles.fromZip(new byte[0]));
	}

	@Test
	void directoryFiles(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("organizations.csv"), "id");
		Files.writeString(dir.resolve(".hidden"), "x");
		Files.createDirectory(dir.resolve("sub"));
		assertThat(BundleFiles.fromDirectory(dir)).containsOnlyKeys("organizations.csv");
	}

	private static byte[] zip(String... namesAndContents) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				if (namesAndContents[i + 1] != null) {
					zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				}
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
