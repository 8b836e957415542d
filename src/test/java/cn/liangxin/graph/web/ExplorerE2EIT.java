package cn.liangxin.graph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestUsers;
import cn.liangxin.graph.support.TestStore;

/**
 * The explorer and GraphiQL in a real browser: Debian's headless Chromium driven by its own
 * chromedriver (both from apt; Selenium Manager is never asked to download anything).
 *
 * <p>Picks the first park, waits for the map to be drawn, switches language, opens /graphiql, and
 * checks that every resource the pages loaded came from the service itself (no CDN). Screenshots go
 * to {@code <build dir>/screenshots/}. Runs on the shared test context with the example district.
 */
@GraphIntegrationTest
class ExplorerE2EIT {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static WebDriver driver;

	private static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	TestStore store;

	@BeforeEach
	void exampleDistrictAndLoggedIn() {
		this.store.exampleDistrict();
		// The explorer sits behind the login page, as a planner meets it.
		driver.get(base() + "/");
		if (driver.getCurrentUrl().contains("/login")) {
			driver.findElement(By.id("username")).sendKeys(TestUsers.ADMIN);
			driver.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
			driver.findElement(By.id("login")).click();
			new WebDriverWait(driver, TIMEOUT).until(d -> !d.getCurrentUrl().contains("/login"));
		}
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		assertThat(Files.isExecutable(Path.of(CHROMIUM))).as(CHROMIUM + " (apt-get install chromium)").isTrue();
		assertThat(Files.isExecutable(Path.of(CHROMEDRIVER))).as(CHROMEDRIVER + " (apt-get install chromium-driver)")
			.isTrue();
		// Keep Selenium away from its manager (which would try the network) and its usage stats.
		System.setProperty("SE_AVOID_STATS", "true");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		profile = Files.createTempDirectory("explorer-e2e-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			try (var paths = Files.walk(profile)) {
				paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	@Test
	void pickingAParkDrawsTheNetworkMap() throws Exception {
		driver.get(base() + "/");
		WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
		WebElement parkSelect = driver.findElement(By.id("park-select"));
		// Stop early when the page shows a server error (e.g. /graphql missing) instead of waiting it out.
		wait.until(d -> new Select(parkSelect).getOptions().size() > 1 || errorsShown());
		assertThat(new Select(parkSelect).getOptions()).as("parks in #park-select; page errors: " + errorsText())
			.hasSizeGreaterThan(1);

		new Select(parkSelect).selectByIndex(1);

		WebElement map = driver.findElement(By.id("map"));
		wait.withMessage(() -> "map drawn; status: " + driver.findElement(By.id("map-status")).getText())
			.until(d -> "ready".equals(map.getDomAttribute("data-state"))
					|| "error".equals(map.getDomAttribute("data-state")));
		assertThat(map.getDomAttribute("data-state")).as(driver.findElement(By.id("map-status")).getText())
			.isEqualTo("ready");
		int nodes = Integer.parseInt(map.getDomAttribute("data-node-count"));
		assertThat(nodes).isPositive();
		assertThat(driver.findElement(By.id("map-status")).getText()).contains(String.valueOf(nodes));
		assertThat(errorsShown()).as("page errors: " + errorsText()).isFalse();

		// Let the side panels settle so the screenshot shows them too.
		wait.until(d -> driver.findElements(By.cssSelector(".panel[data-state=loading]")).isEmpty());
		screenshot("explorer.png");

		WebElement toggle = driver.findElement(By.id("lang-toggle"));
		String zhTitle = driver.findElement(By.tagName("h1")).getText();
		toggle.click();
		wait.until(d -> !driver.findElement(By.tagName("h1")).getText().equals(zhTitle));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("network");
		driver.findElement(By.id("lang-toggle")).click();
		wait.until(d -> driver.findElement(By.tagName("h1")).getText().equals(zhTitle));

		assertOnlyLocalResources();
	}

	@Test
	void graphiqlRendersFromBundledAssets() throws Exception {
		for (String asset : List.of("/vendor/graphiql/graphiql.min.js", "/vendor/graphiql/graphiql.min.css",
				"/vendor/react/react.production.min.js", "/vendor/react-dom/react-dom.production.min.js",
				"/vendor/echarts/echarts.min.js")) {
			assertThat(httpStatus(asset)).as(asset + " (built by frontend/; was -DskipFrontend used?)").isEqualTo(200);
		}

		driver.get(base() + "/graphiql");
		WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
		wait.withMessage("GraphiQL UI rendered")
			.until(d -> !driver.findElements(By.cssSelector(".graphiql-container .graphiql-query-editor")).isEmpty());
		assertThat(driver.findElements(By.id("graphiql-error"))).isEmpty();
		screenshot("graphiql.png");
		assertOnlyLocalResources();
	}

	private static boolean errorsShown() {
		return driver.findElement(By.id("errors")).isDisplayed();
	}

	private static String errorsText() {
		return driver.findElement(By.id("errors")).getText();
	}

	private void assertOnlyLocalResources() {
		@SuppressWarnings("unchecked")
		List<String> urls = (List<String>) ((JavascriptExecutor) driver)
			.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
		assertThat(urls).as("resources loaded by the page").allMatch(u -> u.startsWith(base() + "/"));
	}

	private int httpStatus(String path) throws IOException, InterruptedException {
		HttpRequest request = Api.request(this.port, path).GET().build();
		return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static void screenshot(String name) throws IOException, URISyntaxException {
		Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		Path dir = screenshotDir();
		Files.createDirectories(dir);
		Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

	/** {@code <build dir>/screenshots}, found from the test classes so {@code -Dbuild.dir} is honoured. */
	private static Path screenshotDir() throws URISyntaxException {
		Path testClasses = Path.of(ExplorerE2EIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return testClasses.getParent().resolve("screenshots");
	}

}
