package org.marsad.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium driven through the system's chromedriver (no Selenium Manager, nothing
 * downloaded), with Chrome's performance log on so that every request a page makes is seen, and the
 * checks the browser tests share: right-to-left layout, the font actually rendered, alerts,
 * screenshots at desktop and phone width.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("marsad.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("marsad.chromedriver", "/usr/bin/chromedriver"));
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration ANSWER_WAIT = Duration.ofSeconds(15);

  /** A request the page made, and for documents the status they were answered with. */
  record Request(String url, String type, int status) {}

  final ChromeDriver driver;
  private final List<Request> requests = new ArrayList<>();

  /**
   * Where each request id's latest request sits in {@link #requests}: its answer may come later.
   */
  private final Map<String, Integer> requestIndexById = new HashMap<>();

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static Browser start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=ar",
        "--force-device-scale-factor=1",
        "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
        // the browser's own traffic (updates, sync, safe browsing) is not the page's: keep it off
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--no-first-run");
    // an alert opened by a hostile item must stay open for the test to see it
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return new Browser(driver);
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Every request made since the browser started, read from Chrome's performance log (drained on
   * each call, so kept here), in the order sent; a redirect is a request of its own.
   */
  List<Request> requests() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = read(entry.getMessage()).path("message");
      JsonNode params = message.path("params");
      String id = params.path("requestId").asText();
      switch (message.path("method").asText()) {
        case "Network.requestWillBeSent" -> {
          requestIndexById.put(id, requests.size());
          requests.add(
              new Request(
                  params.path("request").path("url").asText(), params.path("type").asText(), 0));
        }
        case "Network.responseReceived" -> {
          Integer index = requestIndexById.get(id);
          if (index != null) {
            Request sent = requests.get(index);
            requests.set(
                index,
                new Request(
                    sent.url(), sent.type(), params.path("response").path("status").asInt()));
          }
        }
        default -> {}
      }
    }
    return List.copyOf(requests);
  }

  /**
   * The status of the last document (page) loaded, waiting a little for its answer to reach the
   * log; 0 when none came.
   */
  int lastDocumentStatus() {
    long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
    while (true) {
      int status = lastDocument().map(Request::status).orElse(0);
      if (status != 0 || System.nanoTime() > deadline) {
        return status;
      }
      pause();
    }
  }

  private Optional<Request> lastDocument() {
    List<Request> all = requests();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).type().equals("Document")) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Runs what makes the browser leave the page (a click on a form's button) and returns once the
   * next page replaced it: WebDriver's click returns when the click is dispatched, not when the
   * navigation it starts has happened, and a check made in between reads the old page.
   */
  void leaveBy(Runnable action) {
    WebElement page = one("html");
    action.run();
    long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
    while (!isGone(page)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page was not replaced within " + ANSWER_WAIT);
      }
      pause();
    }
  }

  /**
   * The element's document was replaced. Caught mid-navigation, Chrome may report the old node as
   * "Node with given id does not belong to the document" (an unknown error, not a stale element):
   * that is the same answer, seen while the old document is torn down.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.getTagName();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the browser", e);
    }
  }

  String direction(String css) {
    return one(css).getCssValue("direction");
  }

  /** What the page's font API says once its fonts settled. */
  @SuppressWarnings("unchecked")
  Map<String, Object> fontState(String family) {
    return (Map<String, Object>)
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => done({"
                + " check: document.fonts.check('16px \"' + arguments[0] + '\"'),"
                + " loaded: [...document.fonts].filter(f => f.status === 'loaded')"
                + "   .map(f => f.family.replace(/[\"']/g, '')),"
                + " fontFiles: performance.getEntriesByType('resource').map(e => e.name)"
                + "   .filter(n => n.includes('/static/fonts/'))"
                + "}));",
            family);
  }

  /**
   * The fonts Chromium actually drew {@code css}'s text with (DevTools' "Rendered Fonts"), as
   * family name to whether it is a web font: what the page asked for is not proof of what was used.
   */
  @SuppressWarnings("unchecked")
  Map<String, Boolean> renderedFonts(String css) {
    driver.executeCdpCommand("DOM.enable", Map.of());
    driver.executeCdpCommand("CSS.enable", Map.of());
    Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
    Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
    Object node =
        driver
            .executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", css))
            .get("nodeId");
    List<Map<String, Object>> fonts =
        (List<Map<String, Object>>)
            driver
                .executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node))
                .get("fonts");
    Map<String, Boolean> families = new LinkedHashMap<>();
    for (Map<String, Object> font : fonts) {
      families.put((String) font.get("familyName"), (Boolean) font.get("isCustomFont"));
    }
    return families;
  }

  /** The text of an alert the page opened, or null. */
  String openAlert() {
    try {
      return driver.switchTo().alert().getText();
    } catch (NoAlertPresentException none) {
      return null;
    }
  }

  Object script(String javascript, Object... arguments) {
    return driver.executeScript(javascript, arguments);
  }

  /** Saves the viewport as {@code target/screenshots/NAME.png} at the current width. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Screenshots at desktop then phone width ({@code NAME-desktop.png}, {@code NAME-phone.png}). */
  void screenshots(String name) {
    screenshot(name + "-desktop");
    driver.manage().window().setSize(PHONE);
    driver.navigate().refresh();
    screenshot(name + "-phone");
    driver.manage().window().setSize(DESKTOP);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
