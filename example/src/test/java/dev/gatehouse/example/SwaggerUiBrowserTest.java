package dev.gatehouse.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI, served by the example at /docs, driven in Debian's headless Chromium: log in through
 * the OAuth2 password flow as johndoe, call {@code GET /users/me} and see 200 and the user, log out
 * and see 401. Screenshots of every step go to {@code target/screenshots/}.
 *
 * <p>Skipped, with the reason, when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is
 * missing ({@code .ci/run} installs both). Both paths are given to Selenium explicitly, so Selenium
 * Manager never looks for, or downloads, a browser or a driver.
 */
class SwaggerUiBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String OAUTH2_SECTION =
      "//div[contains(@class,'auth-container')]"
          + "[.//h4[starts-with(normalize-space(.),'OAuth2PasswordBearer')]]";
  static final String USERS_ME = "operations-UsersApi-readUsersMe";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ExampleService service;
  Path profile;
  static Path screenshots;

  WebDriver driver;
  WebDriverWait wait;
  String testName;
  int step;

  @BeforeAll
  static void startService() throws Exception {
    // Belt and braces: with an explicit driver and binary Selenium Manager is not consulted, and if
    // it ever were, it must not download anything.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
    System.setProperty("SE_OFFLINE", "true");
    screenshots = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    Files.createDirectories(screenshots);
    service = ExampleService.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stopService() {
    if (service != null) {
      service.close();
    }
  }

  @BeforeEach
  void startBrowser(TestInfo info) throws IOException {
    // Checked per test, not in @BeforeAll: Surefire reports a class-level skip as "Tests run: 0"
    // without the reason, and the reason must show.
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String reason =
        "Chromium is not installed: need executable "
            + CHROMIUM
            + " (exists: "
            + Files.exists(CHROMIUM)
            + ") and "
            + CHROMEDRIVER
            + " (exists: "
            + Files.exists(CHROMEDRIVER)
            + "); apt-get install chromium chromium-driver, as .ci/run does";
    if (!installed) {
      // Surefire's console summary shows only "Skipped"; say why in the build log too.
      System.err.println("SKIPPED " + getClass().getSimpleName() + ": " + reason);
    }
    Assumptions.assumeTrue(installed, reason);
    testName = info.getTestMethod().orElseThrow().getName();
    step = 0;
    profile = Files.createTempDirectory("gatehouse-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--user-data-dir=" + profile,
        // Not about isolation: a tall window keeps the dialog and the response in the screenshots,
        // and containers often have a tiny /dev/shm.
        "--window-size=1280,1400",
        "--disable-dev-shm-usage");
    ChromeDriverService driverService =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(driverService, options);
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
    driver.manage().timeouts().scriptTimeout(TIMEOUT);
    wait = new WebDriverWait(driver, TIMEOUT);
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void stopBrowser() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      deleteQuietly(profile);
    }
  }

  /**
   * What a user does after reading the start-up banner ("Authorize: johndoe / secret"): fill in the
   * user, tick the scopes, and keep Swagger UI's default "Client credentials location:
   * Authorization header" (it then sends {@code Authorization: Basic Og==}, empty id and secret).
   */
  @Test
  @DisplayName("Swagger UI, default settings: log in as johndoe, GET /users/me 200, log out, 401")
  void defaultClientCredentialsLocation() throws Exception {
    passwordFlow(false);
  }

  /** The same, with "Client credentials location: Request body" (no Authorization header). */
  @Test
  @DisplayName(
      "Swagger UI, credentials in the request body: log in, GET /users/me 200, log out, 401")
  void clientCredentialsInRequestBody() throws Exception {
    passwordFlow(true);
  }

  private void passwordFlow(boolean requestBody) throws Exception {
    try {
      steps(requestBody);
    } catch (TimeoutException e) {
      String last = String.format("%s-%02d", testName, step);
      screenshot("failed");
      throw new AssertionError(
          "after screenshot "
              + last
              + ", nothing happened within "
              + TIMEOUT.toSeconds()
              + " s: "
              + e.getRawMessage(),
          e);
    } catch (Exception | AssertionError e) {
      screenshot("failed");
      throw e;
    }
  }

  private void steps(boolean requestBody) throws Exception {
    long started = System.nanoTime();

    // 1. Open /docs and wait for Swagger UI to render the document.
    driver.get(service.uri() + "/docs");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".swagger-ui .info .title"), "Gatehouse example"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(USERS_ME)));
    screenshot("docs-loaded");

    // 2. Open the Authorize dialog.
    click(By.cssSelector(".auth-wrapper button.authorize"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(OAUTH2_SECTION)));
    screenshot("authorize-dialog");

    // 3. In the OAuth2PasswordBearer section: johndoe / secret, scopes me and items.
    WebElement username = section().findElement(By.id("oauth_username"));
    username.clear();
    username.sendKeys("johndoe");
    section().findElement(By.id("oauth_password")).sendKeys("secret");
    if (requestBody) {
      new Select(section().findElement(By.id("password_type"))).selectByValue("request-body");
    }
    for (String scope : List.of("me", "items")) {
      String id = scope + "-password-checkbox-OAuth2PasswordBearer";
      WebElement box = section().findElement(By.id(id));
      if (!box.isSelected()) {
        click(By.cssSelector("label[for='" + id + "']")); // the checkbox itself is hidden by CSS
      }
      wait.until(d -> d.findElement(By.id(id)).isSelected());
    }
    screenshot("credentials-filled");

    // 4. Authorize, and wait for the outcome: the Logout button, or an error in the section.
    click(By.xpath(OAUTH2_SECTION + "//button[normalize-space(.)='Authorize']"));
    new WebDriverWait(driver, TIMEOUT)
        .withMessage(
            "Authorize in the OAuth2PasswordBearer section showed neither Logout nor an error;"
                + " a token request answered 401 with a Basic challenge makes Chromium hold the"
                + " request for its own sign-in prompt")
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !sectionButtons("Logout").isEmpty() || !sectionErrors().isEmpty());
    screenshot("authorize-result");
    assertThat(sectionErrors())
        .as("errors Swagger UI shows in the OAuth2PasswordBearer section after Authorize")
        .isEmpty();
    assertThat(section().getText()).contains("Authorized");

    // 5. Close the dialog.
    click(By.cssSelector(".modal-ux button.btn-done"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    screenshot("dialog-closed");

    // 6. GET /users/me: expand, Try it out, Execute.
    click(By.cssSelector("#" + USERS_ME + " .opblock-summary-control"));
    click(By.cssSelector("#" + USERS_ME + " button.try-out__btn"));
    click(By.cssSelector("#" + USERS_ME + " button.execute"));
    waitForStatus("200");
    screenshot("users-me-200");
    String body = responseBody();
    assertThat(body.replaceAll("\\s+", "")).contains("\"username\":\"johndoe\"");
    assertThat(MAPPER.readTree(body)).isEqualTo(MAPPER.readTree(ExampleServiceTest.JOHNDOE_JSON));
    assertThat(requestCurl()).contains("Authorization: Bearer ");

    // 7. Log out, execute again: 401 with the Bearer challenge.
    click(By.cssSelector(".auth-wrapper button.authorize"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(OAUTH2_SECTION)));
    click(By.xpath(OAUTH2_SECTION + "//button[normalize-space(.)='Logout']"));
    wait.until(d -> sectionButtons("Logout").isEmpty());
    screenshot("logged-out");
    click(By.cssSelector(".modal-ux button.btn-done"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    click(By.cssSelector("#" + USERS_ME + " button.btn-clear"));
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector("#" + USERS_ME + " .live-responses-table")));
    click(By.cssSelector("#" + USERS_ME + " button.execute"));
    waitForStatus("401");
    screenshot("users-me-401");
    assertThat(MAPPER.readTree(responseBody()).get("detail").asText())
        .isEqualTo("Not authenticated; send a Bearer token (scheme OAuth2PasswordBearer)");
    assertThat(responseHeaders())
        .contains("www-authenticate: Bearer realm=\"Gatehouse example\"")
        .contains("cache-control: no-store");
    assertThat(requestCurl()).doesNotContain("Authorization: Bearer ");

    System.out.printf(
        "%s: browser flow took %d ms; screenshots in %s%n",
        testName, Duration.ofNanos(System.nanoTime() - started).toMillis(), screenshots);
  }

  // ---------------------------------------------------------------------------------------------

  private WebElement section() {
    return driver.findElement(By.xpath(OAUTH2_SECTION));
  }

  private List<WebElement> sectionButtons(String text) {
    return driver.findElements(
        By.xpath(OAUTH2_SECTION + "//button[normalize-space(.)='" + text + "']"));
  }

  /** The texts of the error boxes Swagger UI shows in the OAuth2PasswordBearer section. */
  private List<String> sectionErrors() {
    return driver
        .findElements(By.xpath(OAUTH2_SECTION + "//div[contains(@class,'errors')]"))
        .stream()
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .toList();
  }

  private void waitForStatus(String status) {
    By cell = By.cssSelector("#" + USERS_ME + " .live-responses-table tbody .response-col_status");
    wait.until(
        d -> {
          List<WebElement> cells = d.findElements(cell);
          return !cells.isEmpty() && cells.get(0).getText().trim().startsWith(status);
        });
  }

  /** The text of the "Response body" code block of the live response. */
  private String responseBody() {
    By block =
        By.xpath(
            "//*[@id='"
                + USERS_ME
                + "']//table[contains(@class,'live-responses-table')]"
                + "//h5[normalize-space(.)='Response body']"
                + "/following-sibling::div[contains(@class,'highlight-code')]"
                + "//*[contains(@class,'microlight')]");
    return wait.until(ExpectedConditions.visibilityOfElementLocated(block)).getText();
  }

  private String responseHeaders() {
    return driver
        .findElements(By.cssSelector("#" + USERS_ME + " .live-responses-table .headerline"))
        .stream()
        .map(e -> e.getText().trim())
        .reduce("", (a, b) -> a + b + "\n");
  }

  private String requestCurl() {
    return driver.findElement(By.cssSelector("#" + USERS_ME + " .curl-command")).getText();
  }

  private void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  private void screenshot(String what) throws IOException {
    step++;
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(screenshots.resolve(String.format("%s-%02d-%s.png", testName, step, what)), png);
  }

  private static void deleteQuietly(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Chromium may still be writing its profile for a moment after quit(); a leftover temp
          // directory is harmless.
        }
      }
    }
  }
}
