package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.marsad.pipeline.Engine;
import org.marsad.pipeline.SourceCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad sources}: the followed feeds, sitemaps and pages. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description =
        "Manage followed sources: add URL | import FILE.opml | export | list | remove ID.")
public final class SourcesCommand {
  private static final String PRIVATE_NETWORKS = "--allow-private-networks";
  private static final String PRIVATE_NETWORKS_HELP =
      "Allow sources on private, loopback or link-local addresses.";

  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Command(
      name = "add",
      description =
          "Follow a feed, news sitemap or article page. Exits 2, naming the address, when the URL"
              + " is invalid, too long or on a private network.")
  int add(
      @Parameters(paramLabel = "URL") String url,
      @Option(names = "--title", description = "A display name.") String title,
      @Option(names = PRIVATE_NETWORKS, description = PRIVATE_NETWORKS_HELP)
          boolean allowPrivateNetworks) {
    try (Engine engine = data.openEngine(config(allowPrivateNetworks))) {
      SourceCatalog.Added added = catalog(engine, c -> c.add(url, title));
      out().printf(Locale.ROOT, "following %d %s%n", added.source().id(), added.source().url());
      added.notes().forEach(n -> out().println("  " + n));
    }
    return 0;
  }

  @Command(
      name = "import",
      description =
          "Follow every feed of an OPML file. Exits 1 when any entry was refused (each is listed).")
  int importOpml(
      @Parameters(paramLabel = "FILE.opml") Path file,
      @Option(names = PRIVATE_NETWORKS, description = PRIVATE_NETWORKS_HELP)
          boolean allowPrivateNetworks)
      throws IOException {
    if (!Files.isReadable(file)) {
      throw new UserInputException("cannot read the OPML file: " + file);
    }
    try (Engine engine = data.openEngine(config(allowPrivateNetworks))) {
      SourceCatalog.ImportResult result = engine.sources().importOpml(Files.readAllBytes(file));
      out()
          .printf(
              Locale.ROOT,
              "%s: %d added, %d already followed, %d refused%n",
              file,
              result.added(),
              result.alreadyFollowed(),
              result.refused());
      result.problems().forEach(p -> out().println("  " + p));
      result.notes().forEach(n -> out().println("  " + n));
      return result.refused() > 0 || !result.problems().isEmpty() ? 1 : 0;
    }
  }

  @Command(name = "export", description = "Print the followed sources as OPML.")
  int export() {
    try (Engine engine = data.openEngine(data.config())) {
      out().print(engine.sources().exportOpml());
      out().flush();
    }
    return 0;
  }

  @Command(name = "list", description = "List followed sources with their polling state.")
  int list() {
    try (Engine engine = data.openEngine(data.config())) {
      for (Source source : engine.sources().list()) {
        SourceState state = engine.store().sourceState(source.id());
        out().printf(Locale.ROOT, "%4d  %-60s  %s%n", source.id(), source.url(), describe(state));
        if (source.title() != null) {
          out().println("      " + source.title());
        }
      }
    }
    return 0;
  }

  @Command(name = "remove", description = "Stop following a source (its articles stay).")
  int remove(@Parameters(paramLabel = "ID") long id) {
    try (Engine engine = data.openEngine(data.config())) {
      if (!engine.sources().remove(id)) {
        throw new UserInputException("no source with id " + id);
      }
      out().printf(Locale.ROOT, "removed %d%n", id);
    }
    return 0;
  }

  @Command(
      name = "grouping",
      description = {
        "Turn duplicate grouping on or off for a source's articles from now on (on by default).",
        "Off: its articles are never grouped with copies from other sources."
      })
  int grouping(
      @Parameters(index = "0", paramLabel = "ID") long id,
      @Parameters(index = "1", paramLabel = "on|off") String state) {
    boolean on =
        switch (state.strip().toLowerCase(Locale.ROOT)) {
          case "on" -> true;
          case "off" -> false;
          default -> throw new UserInputException("grouping must be on or off, not " + state);
        };
    try (Engine engine = data.openEngine(data.config())) {
      Source source =
          engine
              .sources()
              .setGrouping(id, on)
              .orElseThrow(() -> new UserInputException("no source with id " + id));
      out()
          .printf(
              Locale.ROOT,
              "duplicate grouping %s for %d %s%n",
              on ? "on" : "off",
              id,
              source.url());
    }
    return 0;
  }

  private MarsadConfig config(boolean allowPrivateNetworks) {
    MarsadConfig config = data.config();
    return allowPrivateNetworks ? config.with("fetch.allow-private-networks", "true") : config;
  }

  private static <T> T catalog(Engine engine, java.util.function.Function<SourceCatalog, T> call) {
    try {
      return call.apply(engine.sources());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  static String describe(SourceState state) {
    if (state.lastSuccess() == null && state.lastError() == null) {
      return "never polled";
    }
    StringBuilder s = new StringBuilder();
    if (state.lastSuccess() != null) {
      s.append("ok ").append(state.lastSuccess());
    }
    if (state.consecutiveFailures() > 0) {
      s.append(s.length() > 0 ? "; " : "")
          .append(state.consecutiveFailures())
          .append(" failures, last: ")
          .append(state.lastErrorMessage());
    }
    if (state.nextAttempt() != null) {
      s.append("; next ").append(state.nextAttempt());
    }
    return s.toString();
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
