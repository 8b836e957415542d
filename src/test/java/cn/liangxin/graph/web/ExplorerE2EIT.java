package cn.liangxin.graph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ExecutionGraphQlService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.ledger.ImportOptions;
import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.ledger.LedgerText;
import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.GraphQl;
import cn.liangxin.graph.support.Quarters;
import cn.liangxin.graph.support.TestUsers;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.Workbooks;

/**
 * The explorer and GraphiQL in a real browser: Debian's headless Chromium driven by its
 * own chromedriver (both from apt; Selenium Manager is never asked to download anything).
 *
 * <p>
 * Opens a park, a district and a street of the example district by deep link and checks
 * every panel and both maps against the figures of example-district.expected.json, in
 * zh-CN and English, with no browser console error; opens /graphiql; checks that every
 * resource the pages loaded came from the service itself (no CDN). Screenshots (zh-CN) go
 * to {@code <build dir>/screenshots/}. Runs on the shared test context with the example
 * district.
 */
@GraphIntegrationTest
class ExplorerE2EIT {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static WebDriver driver;

	private static Path profile;

	private static Path downloads;

	@LocalServerPort
	int port;

	@Autowired
	TestStore store;

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	TestUsers users;

	@Autowired
	LedgerImporter importer;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static boolean loggedIn;

	@BeforeEach
	void exampleDistrictAndLoggedIn() {
		this.store.exampleDistrict();
		if (loggedIn) {
			return;
		}
		// The explorer sits behind the login page, as a planner meets it: log in once
		// through the form.
		driver.get(base() + "/login");
		driver.findElement(By.id("username")).sendKeys(TestUsers.ADMIN);
		driver.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
		driver.findElement(By.id("login")).click();
		WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
		wait.until(d -> !d.getCurrentUrl().contains("/login"));
		// the header says who is logged in
		wait.until(d -> d.findElement(By.id("whoami")).getText().startsWith(TestUsers.ADMIN + " · "));
		assertNoConsoleErrors();
		// leave the start page before its maps finish; what a page cut off mid-draw
		// writes while
		// unloading is not the start page's error
		driver.get("about:blank");
		driver.manage().logs().get(LogType.BROWSER);
		loggedIn = true;
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		assertThat(Files.isExecutable(Path.of(CHROMIUM))).as(CHROMIUM + " (apt-get install chromium)").isTrue();
		assertThat(Files.isExecutable(Path.of(CHROMEDRIVER))).as(CHROMEDRIVER + " (apt-get install chromium-driver)")
			.isTrue();
		// Keep Selenium away from its manager (which would try the network) and its usage
		// stats.
		System.setProperty("SE_AVOID_STATS", "true");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		profile = Files.createTempDirectory("explorer-e2e-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,900", "--lang=zh-CN", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		// downloads (the 导出 links) land in a folder of our own, without a prompt
		downloads = Files.createTempDirectory("explorer-e2e-downloads-");
		((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		for (Path dir : new Path[] { profile, downloads }) {
			if (dir != null) {
				try (var paths = Files.walk(dir)) {
					paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
				}
			}
		}
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/** One view of the explorer: a park (network map) or an area (coverage map). */
	private static final String PARK = "P11-1";

	private static final String STREET = "310121001000";

	private static final String DISTRICT = "310121000000";

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	static JsonNode expected() throws IOException {
		try (var in = ExplorerE2EIT.class.getResourceAsStream("/scenarios/example-district.expected.json")) {
			return JSON.readTree(in);
		}
	}

	/**
	 * A park by deep link: the pickers follow it, every panel reaches its ready state
	 * with the figures of expected.json (computed independently of the service), the
	 * clusters table has a row per cluster the API returns, the network map is drawn with
	 * a legend of kind names; then the same in English, where no reason holds a Chinese
	 * character. No console errors.
	 */
	@Test
	void aParkShowsEveryPanelWithItsFiguresInBothLanguages() throws Exception {
		JsonNode coverage = expected().get("coverage").get("park:" + PARK);
		JsonNode joint = expected().get("jointBranch").get("default|park:" + PARK);
		int clusters = GraphQl.tester(this.service)
			.document("query($s: Scope!) { clusters(scope: $s) { clusters { id } } }")
			.variable("s", Map.of("parkId", PARK))
			.execute()
			.path("clusters.clusters")
			.entityList(Object.class)
			.get()
			.size();
		assertThat(clusters).isPositive();

		open("/?park=" + PARK);
		waitForPanels("coverage", "gaps", "joint", "clusters");
		assertThat(
				new Select(driver.findElement(By.id("park-select"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo(PARK);
		assertThat(
				new Select(driver.findElement(By.id("area-select"))).getFirstSelectedOption().getDomAttribute("value"))
			.as("the park's street")
			.isEqualTo("310121003000");
		assertThat(
				new Select(driver.findElement(By.id("area-level"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("STREET");

		for (String lang : List.of("zh", "en")) {
			if (lang.equals("en")) {
				driver.findElement(By.id("lang-toggle")).click();
				new WebDriverWait(driver, TIMEOUT).until(d -> text("h1").contains("network"));
				waitForPanels("coverage", "gaps", "joint", "clusters");
			}
			assertCoverageFigures(coverage);
			assertThat(texts("#gaps-panel .gap-list > li")).as("gap rows").isNotEmpty();
			assertThat(text("#joint-panel [data-testid=joint-summary]")).as("joint summary")
				.contains(String.valueOf(joint.get("eligible").asInt()))
				.contains(String.valueOf(joint.get("optimumPlaced").asInt()));
			assertThat(texts("#clusters-panel tr.cluster-row")).as("cluster rows").hasSize(Math.min(30, clusters));
			assertThat(text("#clusters-panel p")).contains(String.valueOf(clusters));
			// the dominant industry by name (a division or section name), never a bare
			// code
			assertThat(texts("#clusters-panel td.industry"))
				.allSatisfy(industry -> assertThat(industry).isNotBlank().doesNotMatch("[A-T]\\d{0,4}"));

			WebElement map = waitForMap("map");
			assertThat(Integer.parseInt(map.getDomAttribute("data-node-count"))).isPositive();
			assertThat(map.getDomAttribute("data-legend")).contains(lang.equals("zh") ? "两新组织" : "Organization")
				.contains(lang.equals("zh") ? "党组织" : "Party organization");
			if (lang.equals("en")) {
				assertThat(text("#coverage-panel h2")).startsWith("Coverage");
				List<String> reasons = texts("#gaps-panel .reason");
				assertThat(reasons).isNotEmpty()
					.allSatisfy(r -> assertThat(HAN.matcher(r).find()).as("English reason: " + r).isFalse());
				// joint-branch reasons name 楼宇 / 园区 / 社区 by their (Chinese) names; the
				// sentences are English
				assertThat(texts("#joint-panel .reason")).isNotEmpty()
					.allSatisfy(r -> assertThat(r).as("English reason: " + r)
						.containsPattern("[a-z]")
						.doesNotContainPattern("同一|最远相距|门类|大类|不限行业|存在关联|（"));
			}
			else {
				screenshot("explorer-park.png");
				assertThat(texts("#gaps-panel .reason")).isNotEmpty()
					.allSatisfy(r -> assertThat(r).as("Chinese reason").doesNotContain(" / "));
			}
		}
		driver.findElement(By.id("lang-toggle")).click();
		new WebDriverWait(driver, TIMEOUT).until(d -> !text("h1").contains("network"));
		assertNoConsoleErrors();
		assertOnlyLocalResources();
	}

	/**
	 * A district and a street by deep link start on the coverage map: one polygon per
	 * child area, a legend of rate classes and of the dots, the blank spots of
	 * expected.json in the status; the gap list filters by kind and pages; the search box
	 * finds organizations by name.
	 */
	@Test
	void districtAndStreetShowTheCoverageMapAndTheGapListFiltersAndPages() throws Exception {
		JsonNode street = expected().get("coverage").get("area:" + STREET);
		JsonNode gaps = expected().get("gaps").get("area:" + STREET);

		open("/?area=" + DISTRICT);
		waitForPanels("coverage", "gaps", "joint", "clusters");
		WebElement map = waitForMap("coverage-map");
		assertThat(map.getDomAttribute("data-polygon-count")).as("four streets").isEqualTo("4");
		assertThat(
				new Select(driver.findElement(By.id("view-select"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("coverage");
		assertThat(texts("#coverage-panel table.by-area tr")).as("a row per street and the header").hasSize(5);
		screenshot("explorer-district.png");

		// drill down: a click inside the street's polygon (just below its label) opens
		// the street
		@SuppressWarnings("unchecked")
		List<Object> target = (List<Object>) ((JavascriptExecutor) driver).executeScript("""
				const chart = echarts.getInstanceByDom(document.getElementById('coverage-map'));
				const item = chart.getOption().series[0].data.find((d) => d.row.area.code === arguments[0]);
				const [x, y] = chart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, item.value);
				return [x, y, chart.getWidth(), chart.getHeight()];
				""", STREET);
		double[] at = target.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
		new Actions(driver).moveToElement(map, (int) (at[0] - at[2] / 2), (int) (at[1] - at[3] / 2) + 24)
			.click()
			.perform();
		new WebDriverWait(driver, TIMEOUT).withMessage("drilled down to " + STREET)
			// the pickers are refilled as the scope changes: an option read mid-refill is
			// stale
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> STREET.equals(new Select(driver.findElement(By.id("area-select"))).getFirstSelectedOption()
				.getDomAttribute("value")));
		assertThat(driver.getCurrentUrl()).endsWith("?area=" + STREET);
		waitForPanels("coverage", "gaps", "joint", "clusters");
		map = waitForMap("coverage-map");
		assertThat(
				new Select(driver.findElement(By.id("area-select"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo(STREET);
		assertThat(map.getDomAttribute("data-polygon-count")).as("five communities").isEqualTo("5");
		assertCoverageFigures(street);
		List<String> legend = texts("#map-legend [data-testid=legend-entry]").stream()
			.map(e -> e.replaceAll("\\s+", " "))
			.toList();
		assertThat(legend).as("five rate classes, the two kinds of dots and the parks").hasSizeGreaterThanOrEqualTo(8);
		assertThat(legend).anyMatch(e -> e.startsWith("空白点"))
			.anyMatch(e -> e.startsWith("应建未建"))
			.anyMatch(e -> e.startsWith("园区"))
			.anyMatch(e -> e.matches("\\d+(\\.\\d)?%–\\d+(\\.\\d)?% \\(\\d+\\)"));
		assertThat(text("#map-status")).contains("空白点 " + gaps.get("UNCOVERED").size() + " 个")
			.contains("应建未建 " + gaps.get("SHOULD_BUILD").size() + " 个");
		screenshot("explorer-street.png");
		screenshot("explorer.png");

		// the gap list: one kind, then the next page
		new Select(driver.findElement(By.cssSelector("[data-testid=gap-kind]"))).selectByValue("JOINT_CANDIDATE");
		new WebDriverWait(driver, TIMEOUT).until(d -> "ready".equals(panelState("gaps"))
				&& texts("#gaps-panel .gap-list > li").stream().allMatch(li -> li.startsWith("可联合组建")));
		int joint = gaps.get("JOINT_CANDIDATE").size();
		assertThat(text("#gaps-panel h2 .count")).isEqualTo("共 " + joint + " 条");
		assertThat(texts("#gaps-panel .gap-list > li")).hasSize(Math.min(20, joint));
		new Select(driver.findElement(By.cssSelector("[data-testid=gap-kind]"))).selectByValue("");
		new WebDriverWait(driver, TIMEOUT)
			.until(d -> "ready".equals(panelState("gaps")) && text("[data-testid=gaps-page]").startsWith("第 1 /"));
		driver.findElement(By.cssSelector("[data-testid=gaps-next]")).click();
		new WebDriverWait(driver, TIMEOUT)
			.until(d -> "ready".equals(panelState("gaps")) && text("[data-testid=gaps-page]").startsWith("第 2 /"));
		assertThat(driver.findElement(By.cssSelector("#gaps-panel .gap-list")).getDomAttribute("start"))
			.isEqualTo("21");

		// search by name: the first organization of the ledger by a part of its name
		String name = "教育科技";
		driver.findElement(By.id("search-box")).sendKeys(name, Keys.ENTER);
		new WebDriverWait(driver, TIMEOUT)
			.until(d -> "ready".equals(panelState("search")) && !texts("#search-panel .search-results li").isEmpty());
		assertThat(texts("#search-panel .search-results li")).allSatisfy(r -> assertThat(r).contains(name));
		assertNoConsoleErrors();
	}

	/**
	 * 导入台账 as a planner meets it: a workbook with three mistakes in two sheets shows the
	 * three errors with sheet, row, column letter and the offending value, and changes
	 * nothing; the 五清 update's three CSV files, chosen together, show the rows imported
	 * per file. The 下载模板 link points at the template.
	 */
	@Test
	void theImportPanelShowsEveryErrorOfABadWorkbookAndTheCountsOfAGoodUpload() throws Exception {
		var before = this.store.fingerprint();
		Map<String, byte[]> example = csvFiles(TestStore.bundle("ledger/example-district"));
		// organizations: kind (column 3) on line 5, employees (column 5) on line 12;
		// members: employer (column 4) on line 2
		Map<String, byte[]> bad = new java.util.LinkedHashMap<>(example);
		bad.put("organizations.csv", replaceCell(bad.get("organizations.csv"), 5, 3, "公司"));
		bad.put("organizations.csv", replaceCell(bad.get("organizations.csv"), 12, 5, "很多"));
		bad.put("members.csv", replaceCell(bad.get("members.csv"), 2, 4, "NO-SUCH-ORG"));
		byte[] workbook = Workbooks.fromBundle(bad);
		Path file = downloads.resolveSibling(downloads.getFileName() + "-台账.xlsx");
		Files.write(file, workbook);

		open("/");
		WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
		wait.until(d -> d.findElement(By.id("import-panel")).isDisplayed() && "ready".equals(panelState("import")));
		assertThat(driver.findElement(By.cssSelector("[data-testid=template-link]")).getDomProperty("href"))
			.isEqualTo(base() + "/api/ledger/template.xlsx");
		driver.findElement(By.cssSelector("[data-testid=import-files]")).sendKeys(file.toString());
		driver.findElement(By.cssSelector("[data-testid=import-submit]")).click();
		wait.until(d -> "ready".equals(panelState("import"))
				&& !d.findElements(By.cssSelector("[data-testid=import-errors]")).isEmpty());
		assertThat(text("[data-testid=import-summary]")).contains("3 处错误").contains("未导入");
		List<List<String>> rows = driver.findElements(By.cssSelector("[data-testid=import-errors] tr.import-error"))
			.stream()
			.map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
			.toList();
		assertThat(rows).hasSize(3);
		assertThat(rows).extracting(r -> r.get(0), r -> r.get(1), r -> r.get(2))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("两新组织", "5", letter(workbook, "两新组织", "单位类型") + " · 单位类型"),
					org.assertj.core.groups.Tuple.tuple("两新组织", "12", letter(workbook, "两新组织", "从业人员数") + " · 从业人员数"),
					org.assertj.core.groups.Tuple.tuple("党员", "2", letter(workbook, "党员", "工作单位") + " · 工作单位"));
		assertThat(rows.get(0).get(3)).contains("公司");
		assertThat(rows.get(1).get(3)).isEqualTo("从业人员数：“很多”不是不小于 0 的整数");
		assertThat(rows.get(2).get(3)).contains("NO-SUCH-ORG");
		assertThat(this.store.fingerprint()).as("nothing imported").isEqualTo(before);

		// the 五清 update again: the store already holds it, so importing it changes
		// nothing
		Path dir = Files.createTempDirectory(downloads.getParent(), "explorer-e2e-wuqing-");
		Map<String, byte[]> update = TestStore.bundle("ledger/example-district-wuqing");
		List<String> paths = new java.util.ArrayList<>();
		for (var e : update.entrySet()) {
			Files.write(dir.resolve(e.getKey()), e.getValue());
			paths.add(dir.resolve(e.getKey()).toString());
		}
		WebElement input = driver.findElement(By.cssSelector("[data-testid=import-files]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = '';", input);
		input.sendKeys(String.join("\n", paths));
		// dated as the store's ledgers are: no new period, and the answer names the date
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
				driver.findElement(By.cssSelector("[data-testid=import-as-of]")), TestStore.LEDGER_DATE.toString());
		driver.findElement(By.cssSelector("[data-testid=import-submit]")).click();
		wait.until(d -> "ready".equals(panelState("import"))
				&& !d.findElements(By.cssSelector("[data-testid=import-counts]")).isEmpty());
		int total = 0;
		for (var e : update.entrySet()) {
			int records = cn.liangxin.graph.ledger.CsvReader
				.readAll(new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
				.size() - 1;
			total += records;
			assertThat(text("[data-testid=import-counts] tr[data-file='" + e.getKey() + "'] td.num")).as(e.getKey())
				.isEqualTo(String.valueOf(records));
		}
		assertThat(text("[data-testid=import-summary]")).startsWith("已导入 " + total + " 行");
		assertThat(text("[data-testid=import-id]")).contains("台账日期 " + TestStore.LEDGER_DATE);
		assertThat(driver.findElement(By.cssSelector("[data-testid=import-revert]")).isDisplayed()).isTrue();
		assertThat(this.store.fingerprint()).as("the same update again changes nothing").isEqualTo(before);
		assertThat(errorsShown()).as(errorsText()).isFalse();
		// 撤销 reverts that import after a confirm: it leaves the journal, the store is as
		// before
		var shown = Pattern.compile("导入编号 (\\S+)，").matcher(text("[data-testid=import-id]"));
		assertThat(shown.find()).as(text("[data-testid=import-id]")).isTrue();
		String importId = shown.group(1);
		driver.findElement(By.cssSelector("[data-testid=import-revert]")).click();
		wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
		wait.until(d -> "ready".equals(panelState("import"))
				&& text("[data-testid=import-summary]").startsWith("已撤销导入 " + importId));
		assertThat(GraphQl.tester(this.service)
			.document("{ ledgerPeriods { imports { id } } }")
			.execute()
			.path("ledgerPeriods[*].imports[*].id")
			.entityList(String.class)
			.get()).as("the journal").isNotEmpty().doesNotContain(importId);
		assertThat(this.store.fingerprint()).as("reverted").isEqualTo(before);
		assertThat(errorsShown()).as(errorsText()).isFalse();
		// the browser logs the 422 answer as a failed request; nothing else may be in the
		// console
		assertThat(severeConsoleEntries()).allMatch(e -> e.contains("/api/ledger") && e.contains("422"));
		Files.delete(file);
	}

	/**
	 * A street's 导出 on the coverage panel downloads a workbook whose first sheet, 覆盖情况,
	 * holds the street's figures.
	 */
	@Test
	void theCoverageExportDownloadsTheScopesFigures() throws Exception {
		JsonNode street = expected().get("coverage").get("area:" + STREET);
		open("/?area=" + STREET);
		waitForPanels("coverage", "gaps", "joint");
		WebElement export = driver.findElement(By.cssSelector("#coverage-panel [data-testid=coverage-export]"));
		assertThat(export.getText()).isEqualTo("导出");
		export.click();
		Path file = awaitDownload("coverage-" + STREET + ".xlsx");
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
			assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("覆盖情况");
		}
		List<List<Object>> rows = Workbooks.read(Files.readAllBytes(file), "覆盖情况");
		assertThat(rows.get(0).subList(0, 5)).containsExactly("范围", "单位总数", "组织覆盖", "工作覆盖", "空白点");
		assertThat(rows.get(1).subList(1, 5)).as("the whole street")
			.containsExactly(street.get("total").asDouble(), street.get("organizationCovered").asDouble(),
					street.get("workCovered").asDouble(), street.get("uncovered").asDouble());
		// the gap list's export follows its kind filter
		new Select(driver.findElement(By.cssSelector("[data-testid=gap-kind]"))).selectByValue("JOINT_CANDIDATE");
		new WebDriverWait(driver, TIMEOUT).until(d -> "ready".equals(panelState("gaps"))
				&& driver.findElement(By.cssSelector("[data-testid=gaps-export]"))
					.getDomProperty("href")
					.contains("kinds=JOINT_CANDIDATE"));
		assertThat(driver.findElement(By.cssSelector("[data-testid=gaps-export]")).getDomProperty("href"))
			.isEqualTo(base() + "/api/reports/gaps.xlsx?areaCode=" + STREET + "&kinds=JOINT_CANDIDATE");
		assertThat(driver.findElement(By.cssSelector("[data-testid=joint-branches-export]")).getDomProperty("href"))
			.isEqualTo(base() + "/api/reports/joint-branches.xlsx?areaCode=" + STREET);
		new Select(driver.findElement(By.cssSelector("[data-testid=gap-kind]"))).selectByValue("");
		new WebDriverWait(driver, TIMEOUT).until(d -> "ready".equals(panelState("gaps")));
	}

	/**
	 * 党员结构 of a street as of the 五清 expected file's date: every bar of the stage, age,
	 * education and mobility charts and of the formation shares shows the expected count,
	 * in Chinese and English; the gap filter names every new kind and lists the expected
	 * WEAK_BRANCH gaps.
	 */
	@Test
	void theMemberProfileChartsShowTheExpectedCounts() throws Exception {
		JsonNode wuqing;
		try (var in = ExplorerE2EIT.class.getResourceAsStream("/scenarios/example-district-wuqing.expected.json")) {
			wuqing = JSON.readTree(in);
		}
		String area = "310121003000";
		JsonNode profile = wuqing.get("memberProfile").get("area:" + area);
		JsonNode formations = wuqing.get("coverage").get("area:" + area).get("formationShares");
		open("/?area=" + area + "&asOf=" + wuqing.get("asof").asString());
		waitForPanels("coverage", "profile", "gaps");
		for (String lang : List.of("zh", "en")) {
			if (lang.equals("en")) {
				driver.findElement(By.id("lang-toggle")).click();
				new WebDriverWait(driver, TIMEOUT).until(d -> text("h1").contains("network"));
				waitForPanels("coverage", "profile", "gaps");
			}
			assertThat(text("[data-testid=profile-summary]")).contains(profile.get("members").asString())
				.contains(profile.get("prospects").asString());
			assertBars("stage", profile.get("byStage"));
			assertBars("age", profile.get("byAgeBand"));
			assertBars("education", profile.get("byEducation"));
			assertBars("mobility", profile.get("byMobility"));
			for (var f : formations.properties()) {
				String row = "[data-testid=chart-formations] .bar-row[data-key=" + f.getKey() + "] .bar-value";
				assertThat(text(row)).isEqualTo(
						f.getValue().get("count").asInt() + " · " + percent(f.getValue().get("share").asDouble()));
			}
			List<String> labels = texts("[data-testid=chart-profile-age] .bar-label");
			if (lang.equals("zh")) {
				assertThat(labels).startsWith("35岁及以下");
				assertThat(texts("[data-testid=chart-profile-stage] .bar-label")).startsWith("正式党员", "预备党员");
			}
			else {
				assertThat(labels).startsWith("35 or under");
				assertThat(texts(
						"[data-testid=chart-profile-stage] .bar-label, [data-testid=chart-profile-education] .bar-label"))
					.allSatisfy(l -> assertThat(HAN.matcher(l).find()).as(l).isFalse());
			}
		}
		driver.findElement(By.id("lang-toggle")).click();
		new WebDriverWait(driver, TIMEOUT).until(d -> !text("h1").contains("network"));
		waitForPanels("coverage", "profile", "gaps");
		// every kind of the schema is in the filter, by its Chinese name
		List<String> kinds = new Select(driver.findElement(By.cssSelector("[data-testid=gap-kind]"))).getOptions()
			.stream()
			.map(o -> o.getDomAttribute("value") + "=" + o.getText())
			.toList();
		for (cn.liangxin.graph.coverage.GapKind kind : cn.liangxin.graph.coverage.GapKind.values()) {
			assertThat(kinds).anySatisfy(k -> assertThat(k).startsWith(kind.name() + "=").matches(".*\\p{IsHan}.*"));
		}
		int weak = wuqing.get("gaps").get("area:" + area).get("WEAK_BRANCH").size();
		new Select(driver.findElement(By.cssSelector("[data-testid=gap-kind]"))).selectByValue("WEAK_BRANCH");
		new WebDriverWait(driver, TIMEOUT).until(d -> "ready".equals(panelState("gaps"))
				&& texts("#gaps-panel .gap-list > li").stream().allMatch(li -> li.startsWith("后进/软弱涣散")));
		assertThat(text("#gaps-panel h2 .count")).isEqualTo("共 " + weak + " 条");
		new Select(driver.findElement(By.cssSelector("[data-testid=gap-kind]"))).selectByValue("");
		new WebDriverWait(driver, TIMEOUT).until(d -> "ready".equals(panelState("gaps")));
		assertNoConsoleErrors();
	}

	/**
	 * A VIEWER is not offered the import: the panel stays hidden (the server refuses its
	 * POST anyway).
	 */
	@Test
	void aViewerSeesNoImportPanel() {
		this.users.streetUsers();
		driver.manage().deleteAllCookies();
		loggedIn = false;
		driver.get(base() + "/login");
		driver.findElement(By.id("username")).sendKeys(TestUsers.STREET_VIEWER);
		driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
		driver.findElement(By.id("login")).click();
		WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
		wait.until(d -> d.findElement(By.id("whoami")).getText().startsWith(TestUsers.STREET_VIEWER + " · "));
		waitForPanels("help");
		assertThat(driver.findElement(By.id("import-panel")).isDisplayed()).isFalse();
		assertNoConsoleErrors();
		// the next test logs in as the admin again
		driver.manage().deleteAllCookies();
		driver.get("about:blank");
	}

	private static void assertBars(String chart, JsonNode expected) {
		for (var e : expected.properties()) {
			assertThat(
					text("[data-testid=chart-profile-" + chart + "] .bar-row[data-key=" + e.getKey() + "] .bar-value"))
				.as(chart + " " + e.getKey())
				.isEqualTo(e.getValue().asString());
		}
		assertThat(texts("[data-testid=chart-profile-" + chart + "] .bar-row")).as(chart + " bars")
			.hasSize(expected.size());
	}

	/** Waits until the browser has finished writing the download {@code name}. */
	private static Path awaitDownload(String name) {
		Path file = downloads.resolve(name);
		new WebDriverWait(driver, TIMEOUT).withMessage("downloaded " + file)
			.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
		return file;
	}

	private static Map<String, byte[]> csvFiles(Map<String, byte[]> bundle) {
		Map<String, byte[]> csv = new java.util.LinkedHashMap<>();
		bundle.forEach((name, bytes) -> {
			if (name.endsWith(".csv")) {
				csv.put(name, bytes);
			}
		});
		return csv;
	}

	/** The file with one cell (1-based line and column) replaced. */
	private static byte[] replaceCell(byte[] csv, int line, int column, String value) {
		List<String> lines = new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		String[] cells = lines.get(line - 1).split(",", -1);
		cells[column - 1] = value;
		var changed = new java.util.ArrayList<>(lines);
		changed.set(line - 1, String.join(",", cells));
		return (String.join("\n", changed) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The column letter of {@code header} in the sheet's first row, as Excel shows it.
	 */
	private static String letter(byte[] workbook, String sheet, String header) throws IOException {
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
			for (var cell : wb.getSheet(sheet).getRow(0)) {
				if (cell.getStringCellValue().equals(header)) {
					return org.apache.poi.ss.util.CellReference.convertNumToColString(cell.getColumnIndex());
				}
			}
		}
		throw new AssertionError("no column " + header + " in " + sheet);
	}

	@Test
	void theFaviconIsServed() throws Exception {
		assertThat(httpStatus("/favicon.ico")).isEqualTo(200);
	}

	/**
	 * A street's 指导员 panel shows the figures of {@code officerAssignmentPlan} (asked here
	 * through GraphQL): a load row per officer (after = before + taken), an item per
	 * proposed assignment, the work coverage before and after; the coverage map draws a
	 * line per assignment whose officer has a base and whose organization a location. The
	 * joint-branch panel shows each group's anchor and suggested parent as the API gives
	 * them.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theOfficersPanelShowsThePlanAndTheMapDrawsItsLines() throws Exception {
		String street = "310121003000";
		var api = GraphQl.tester(this.service).document("""
				query($s: Scope!) {
				  officerAssignmentPlan(scope: $s) {
				    newlyCovered loads { officer { id } after base { lat } }
				    assignments { officer { id } organization { location { lat } } }
				    before { workCoverageRate } after { workCoverageRate }
				  }
				  jointBranchCandidates(scope: $s) { groups { anchor { name } suggestedParent { name } } }
				}""").variable("s", Map.of("areaCode", street)).execute();
		Map<String, Object> plan = api.path("officerAssignmentPlan").entity(Map.class).get();
		List<Map<String, Object>> loads = (List<Map<String, Object>>) plan.get("loads");
		List<Map<String, Object>> assignments = (List<Map<String, Object>>) plan.get("assignments");
		assertThat(assignments).isNotEmpty();
		Set<String> based = new java.util.HashSet<>();
		for (var l : loads) {
			if (l.get("base") != null) {
				based.add((String) ((Map<String, Object>) l.get("officer")).get("id"));
			}
		}
		long lines = assignments.stream()
			.filter(a -> based.contains(((Map<String, Object>) a.get("officer")).get("id"))
					&& ((Map<String, Object>) a.get("organization")).get("location") != null)
			.count();
		List<Map<String, Object>> groups = api.path("jointBranchCandidates.groups")
			.entityList(Map.class)
			.get()
			.stream()
			.map(g -> (Map<String, Object>) g)
			.toList();

		open("/?area=" + street);
		waitForPanels("coverage", "officers", "joint");
		assertThat(text("#officers-panel [data-testid=officers-summary]"))
			.contains(String.valueOf(plan.get("newlyCovered")));
		assertThat(texts("#officers-panel .officer-assignments > li")).hasSize(assignments.size());
		List<WebElement> rows = driver
			.findElements(By.cssSelector("#officers-panel table.officer-loads tr[data-officer]"));
		assertThat(rows)
			.extracting(
					r -> r.getDomAttribute("data-officer") + ":" + r.findElements(By.tagName("td")).get(2).getText())
			.containsExactlyElementsOf(loads.stream()
				.map(l -> ((Map<String, Object>) l.get("officer")).get("id") + ":" + l.get("after"))
				.toList());
		assertThat(text("#officers-panel [data-testid=officers-rates]"))
			.contains(percent(
					((Number) ((Map<String, Object>) plan.get("before")).get("workCoverageRate")).doubleValue()))
			.contains(percent(
					((Number) ((Map<String, Object>) plan.get("after")).get("workCoverageRate")).doubleValue()));
		WebElement map = waitForMap("coverage-map");
		new WebDriverWait(driver, TIMEOUT)
			.withMessage(() -> "officer lines drawn: " + map.getDomAttribute("data-officer-line-count"))
			.until(d -> String.valueOf(lines).equals(map.getDomAttribute("data-officer-line-count")));
		assertThat(texts("#joint-panel [data-testid=joint-anchor] b")).containsExactlyElementsOf(
				groups.stream().map(g -> (String) ((Map<String, Object>) g.get("anchor")).get("name")).toList());
		List<String> parents = texts("#joint-panel [data-testid=joint-parent]");
		assertThat(parents).hasSize(groups.size());
		for (int i = 0; i < groups.size(); i++) {
			var parent = (Map<String, Object>) groups.get(i).get("suggestedParent");
			if (parent != null) {
				assertThat(parents.get(i)).contains((String) parent.get("name"));
			}
		}
		screenshot("explorer-officers.png");
		assertNoConsoleErrors();
	}

	/**
	 * Two periods (the example at 2026-09-30, the Q3 bundle as a snapshot of the district
	 * at 2026-12-31): the period picker lists both, newest first, after 最新; the coverage
	 * panel's trend shows a row per period with the rates coverageTrend answers; the
	 * change list counts per kind what coverageChanges counts and lists the organizations
	 * of the chosen kind, a click away from the 新增 row; picking the older period shows
	 * its coverage and puts it in the URL.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void thePeriodPickerTrendAndChangeListShowTheHistory() throws Exception {
		try {
			this.importer.importBundle(Quarters.q3(),
					ImportOptions.snapshot(LocalDate.parse("2026-12-31"), Quarters.DISTRICT), LedgerText.CHINESE);
			Map<String, Object> scope = Map.of("areaCode", DISTRICT);
			var api = GraphQl.tester(this.service).document("""
					query($s: Scope!) {
					  ledgerPeriods { asOf }
					  coverageTrend(scope: $s) { asOf coverage { organizationCoverageRate workCoverageRate } }
					}""").variable("s", scope).execute();
			List<String> dates = api.path("ledgerPeriods[*].asOf").entityList(String.class).get();
			assertThat(dates).as("the periods").hasSizeGreaterThanOrEqualTo(2).endsWith("2026-12-31");
			List<Map<String, Object>> trend = api.path("coverageTrend")
				.entityList(Map.class)
				.get()
				.stream()
				.map(p -> (Map<String, Object>) p)
				.toList();
			assertThat(trend).hasSize(dates.size());
			String from = dates.get(dates.size() - 2);
			String to = dates.get(dates.size() - 1);
			Map<String, Integer> counts = new java.util.LinkedHashMap<>();
			for (String kind : List.of("APPEARED", "DISAPPEARED", "GAINED_ORGANIZATION_COVERAGE",
					"LOST_ORGANIZATION_COVERAGE", "GAINED_WORK_COVERAGE", "LOST_WORK_COVERAGE")) {
				counts.put(kind, GraphQl.tester(this.service)
					.document("""
							query($s: Scope!, $from: String!, $to: String!, $k: ChangeKind!) {
							  coverageChanges(scope: $s, from: $from, to: $to, kinds: [$k], first: 0) { totalCount }
							}""")
					.variable("s", scope)
					.variable("from", from)
					.variable("to", to)
					.variable("k", kind)
					.execute()
					.path("coverageChanges.totalCount")
					.entity(Integer.class)
					.get());
			}
			assertThat(counts.values()).as("the Q3 bundle changes something").anyMatch(n -> n > 0);
			List<String> appeared = GraphQl.tester(this.service)
				.document(
						"""
								query($s: Scope!, $from: String!, $to: String!) {
								  coverageChanges(scope: $s, from: $from, to: $to, kinds: [APPEARED], first: 50) { nodes { organization { name } } }
								}""")
				.variable("s", scope)
				.variable("from", from)
				.variable("to", to)
				.execute()
				.path("coverageChanges.nodes[*].organization.name")
				.entityList(String.class)
				.get();
			Map<String, Object> older = (Map<String, Object>) GraphQl.tester(this.service)
				.document("""
						query($s: Scope!, $asOf: String) {
						  coverage(scope: $s, asOf: $asOf) { total organizationCoverageRate workCoverageRate }
						}""")
				.variable("s", scope)
				.variable("asOf", from)
				.execute()
				.path("coverage")
				.entity(Map.class)
				.get();

			open("/?area=" + DISTRICT);
			waitForPanels("coverage", "changes");
			Select picker = new Select(driver.findElement(By.id("asof-select")));
			List<String> newestFirst = new java.util.ArrayList<>(dates);
			java.util.Collections.reverse(newestFirst);
			List<String> listed = new java.util.ArrayList<>(List.of("最新"));
			listed.addAll(newestFirst);
			assertThat(picker.getOptions()).extracting(WebElement::getText).containsExactlyElementsOf(listed);
			assertThat(picker.getFirstSelectedOption().getDomAttribute("value")).isEmpty();

			WebElement chart = driver.findElement(By.cssSelector("#coverage-panel [data-testid=chart-trend]"));
			assertThat(chart.findElements(By.cssSelector("svg circle.dot.org"))).hasSize(trend.size());
			assertThat(chart.findElements(By.cssSelector("tr[data-as-of]")))
				.extracting(tr -> tr.getDomAttribute("data-as-of") + " "
						+ tr.findElement(By.cssSelector("td[data-series=org]")).getText() + " "
						+ tr.findElement(By.cssSelector("td[data-series=work]")).getText())
				.containsExactlyElementsOf(trend.stream().map(p -> {
					var c = (Map<String, Object>) p.get("coverage");
					return p.get("asOf") + " " + percent(((Number) c.get("organizationCoverageRate")).doubleValue())
							+ " " + percent(((Number) c.get("workCoverageRate")).doubleValue());
				}).toList());

			assertThat(
					new Select(driver.findElement(By.cssSelector("[data-testid=change-from]"))).getFirstSelectedOption()
						.getText())
				.isEqualTo(from);
			assertThat(
					new Select(driver.findElement(By.cssSelector("[data-testid=change-to]"))).getFirstSelectedOption()
						.getText())
				.isEqualTo(to);
			assertThat(driver.findElements(By.cssSelector("[data-testid=change-counts] tr[data-kind]"))).extracting(
					tr -> tr.getDomAttribute("data-kind") + " " + tr.findElement(By.cssSelector("td.num")).getText())
				.containsExactlyElementsOf(
						counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
			assertThat(text("[data-testid=change-counts] tr[data-kind=APPEARED] .tag")).isEqualTo("新增");
			assertThat(texts("[data-testid=change-list] > li")).as("the new organizations")
				.containsExactlyElementsOf(appeared);
			// the screenshot shows the trend and the change list
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'})", chart);
			screenshot("explorer-history.png");

			// the older period: the coverage as it stood then, the date in the URL
			picker.selectByValue(from);
			new WebDriverWait(driver, TIMEOUT).until(d -> d.getCurrentUrl().contains("asOf=" + from));
			waitForPanels("coverage", "changes");
			assertThat(texts("#coverage-panel .figures dd").get(0)).isEqualTo(String.valueOf(older.get("total")));
			assertThat(texts("#coverage-panel .rate-value")).containsExactly(
					percent(((Number) older.get("organizationCoverageRate")).doubleValue()),
					percent(((Number) older.get("workCoverageRate")).doubleValue()));
			assertNoConsoleErrors();
		}
		finally {
			this.store.changed();
		}
	}

	private void open(String path) {
		driver.get(base() + path);
	}

	private static String panelState(String id) {
		return driver.findElement(By.id(id + "-panel")).getDomAttribute("data-state");
	}

	/** Waits until the panels are ready or failed, and fails on any that is not ready. */
	private static void waitForPanels(String... ids) {
		new WebDriverWait(driver, TIMEOUT).withMessage(() -> "panels ready; errors: " + errorsText())
			.until(d -> java.util.Arrays.stream(ids)
				.allMatch(id -> List.of("ready", "error").contains(panelState(id))));
		for (String id : ids) {
			assertThat(panelState(id)).as(id + " panel: " + driver.findElement(By.id(id + "-panel")).getText())
				.isEqualTo("ready");
		}
		assertThat(errorsShown()).as("page errors: " + errorsText()).isFalse();
	}

	private static WebElement waitForMap(String id) {
		WebElement map = driver.findElement(By.id(id));
		new WebDriverWait(driver, TIMEOUT).withMessage(() -> id + " drawn; status: " + text("#map-status"))
			.until(d -> List.of("ready", "error").contains(map.getDomAttribute("data-state")));
		assertThat(map.getDomAttribute("data-state")).as(text("#map-status")).isEqualTo("ready");
		return map;
	}

	private static void assertCoverageFigures(JsonNode expected) {
		List<String> figures = texts("#coverage-panel .figures dd");
		assertThat(figures.subList(0, 4)).as("total, organization-covered, work-covered, uncovered")
			.containsExactly(expected.get("total").asString(), expected.get("organizationCovered").asString(),
					expected.get("workCovered").asString(), expected.get("uncovered").asString());
		assertThat(texts("#coverage-panel .rate-value")).containsExactly(
				percent(expected.get("organizationCoverageRate").asDouble()),
				percent(expected.get("workCoverageRate").asDouble()));
	}

	private static String percent(double rate) {
		return String.format(java.util.Locale.ROOT, "%.1f%%", Math.round(rate * 1000) / 10.0);
	}

	private static String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	private static List<String> texts(String css) {
		return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	/**
	 * Severe browser console entries (uncaught errors, failed requests such as a missing
	 * favicon).
	 */
	private static void assertNoConsoleErrors() {
		assertThat(severeConsoleEntries()).as("browser console errors").isEmpty();
	}

	/** The severe console entries since the last look. */
	private static List<String> severeConsoleEntries() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
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

	/**
	 * {@code <build dir>/screenshots}, found from the test classes so {@code -Dbuild.dir}
	 * is honoured.
	 */
	private static Path screenshotDir() throws URISyntaxException {
		Path testClasses = Path.of(ExplorerE2EIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return testClasses.getParent().resolve("screenshots");
	}

}
