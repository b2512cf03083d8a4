package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Link;
import org.marsad.model.LinkKind;
import org.marsad.model.Page;
import org.marsad.model.RelatedArticle;

/**
 * Evaluates {@link PlainTextDumpExtractor} on page dumps composed from real articles of the ANT
 * corpus sample: SYNTHETIC COMPOSITION OF REAL TEXTS, not pages as crawled. Each page is article A
 * (title and paragraphs) with a read-also fragment for article B's title inserted between two of
 * A's paragraphs in one of three ways (glued with no spaces around label, section and headline;
 * inline after a space and colon; a label line then the headline line), then usually a source and a
 * tag line, then article C after a read-also or related label, and sometimes a similar-articles
 * list.
 *
 * <p>Prints body token F1 (A's text against the extracted body), read-also link recall (B's title
 * exactly, and with token F1 at least 0.8), related recall (C's title exactly and C's body at token
 * F1 at least 0.95) and similar-link recall, per insertion style. Skipped when the data is absent.
 */
class PlainTextDumpExtractionEvalIT {
  private static final int PAGES = 300;
  private static final long SEED = 20261128L;
  private static final double CLOSE_TITLE_F1 = 0.8;
  private static final double RELATED_BODY_F1 = 0.95;
  private static final List<String> CATEGORIES =
      List.of("العالم", "اقتصاد", "رياضة", "سياسة", "عربي ودولي", "منوعات", "تكنولوجيا");
  private static final List<String> SOURCES = List.of("وكالات", "رويترز", "فرانس برس", "سكاي نيوز");

  private enum Insertion {
    GLUED,
    INLINE,
    LABEL_LINE
  }

  private record Article(String title, List<String> paragraphs) {}

  private record Composed(
      String page,
      Insertion insertion,
      Article main,
      Article readAlso,
      Article related,
      List<Article> similar) {}

  @Test
  void recoversBodyLinksAndRelatedArticlesOfComposedPages() throws IOException {
    Path corpus =
        Path.of(
            System.getProperty("marsad.data", "../shared/data"),
            "ant-corpus-v2.1-sample",
            "ant_v2.1_sample.jsonl");
    assumeTrue(Files.isRegularFile(corpus), "ANT sample not found at " + corpus + ": skipped");
    List<Article> articles = readArticles(corpus);
    Random random = new Random(SEED);
    PlainTextDumpExtractor extractor = new PlainTextDumpExtractor();

    Map<Insertion, double[]> byInsertion = new EnumMap<>(Insertion.class);
    double bodyF1Sum = 0;
    int bodyAbove = 0;
    int linkExact = 0;
    int linkClose = 0;
    int relatedFound = 0;
    int similarExpected = 0;
    int similarFound = 0;
    int leaks = 0;
    for (int n = 0; n < PAGES; n++) {
      Composed composed = compose(articles, random);
      ExtractedArticle out =
          extractor.extract(
              new Page(composed.page().getBytes(StandardCharsets.UTF_8), null, null, false));
      double bodyF1 = tokenF1(String.join("\n", composed.main().paragraphs()), out.body());
      bodyF1Sum += bodyF1;
      bodyAbove += bodyF1 >= 0.98 ? 1 : 0;
      String wanted = composed.readAlso().title();
      boolean exact = hasLink(out, LinkKind.READ_ALSO, wanted, 1.0);
      boolean close = hasLink(out, LinkKind.READ_ALSO, wanted, CLOSE_TITLE_F1);
      linkExact += exact ? 1 : 0;
      linkClose += close ? 1 : 0;
      boolean relatedOk = hasRelated(out, composed.related());
      relatedFound += relatedOk ? 1 : 0;
      for (Article similar : composed.similar()) {
        similarExpected++;
        similarFound += hasLink(out, LinkKind.SIMILAR, similar.title(), 1.0) ? 1 : 0;
        leaks += out.body().contains(similar.title()) ? 1 : 0;
      }
      double[] cell = byInsertion.computeIfAbsent(composed.insertion(), k -> new double[4]);
      cell[0]++;
      cell[1] += bodyF1;
      cell[2] += exact ? 1 : 0;
      cell[3] += close ? 1 : 0;
    }
    System.out.printf(
        Locale.ROOT,
        "plain-text dump eval (ANT sample, %d synthetic pages of real texts, seed %d)%n"
            + "  body token F1 mean %.4f, pages with F1 >= 0.98: %.3f%n"
            + "  read-also link recall: exact %.3f, close (title F1 >= %.1f) %.3f%n"
            + "  related article recall %.3f, similar link recall %.3f, similar titles in body %d%n",
        PAGES,
        SEED,
        bodyF1Sum / PAGES,
        (double) bodyAbove / PAGES,
        (double) linkExact / PAGES,
        CLOSE_TITLE_F1,
        (double) linkClose / PAGES,
        (double) relatedFound / PAGES,
        similarExpected == 0 ? 1.0 : (double) similarFound / similarExpected,
        leaks);
    byInsertion.forEach(
        (insertion, cell) ->
            System.out.printf(
                Locale.ROOT,
                "  %-10s pages %3.0f  body F1 %.4f  link exact %.3f  close %.3f%n",
                insertion,
                cell[0],
                cell[1] / cell[0],
                cell[2] / cell[0],
                cell[3] / cell[0]));

    assertThat(bodyF1Sum / PAGES).isGreaterThanOrEqualTo(0.98);
    assertThat((double) linkClose / PAGES).isGreaterThanOrEqualTo(0.85);
    assertThat((double) relatedFound / PAGES).isGreaterThanOrEqualTo(0.9);
    assertThat(leaks).isZero();
  }

  private static Composed compose(List<Article> articles, Random random) {
    Article main;
    do {
      main = articles.get(random.nextInt(articles.size()));
    } while (main.paragraphs().size() < 3);
    Article readAlso = other(articles, random, main);
    Article related = other(articles, random, main);
    Insertion insertion = Insertion.values()[random.nextInt(Insertion.values().length)];
    StringBuilder page = new StringBuilder();
    if (random.nextBoolean()) {
      page.append("الرئيسية » أخبار » ").append(pick(CATEGORIES, random)).append('\n');
    }
    page.append(main.title()).append('\n');
    if (random.nextBoolean()) {
      page.append("نشر في: 2018-02-").append(10 + random.nextInt(18)).append("T10:15:00+03:00\n");
    }
    page.append('\n');
    List<String> paragraphs = main.paragraphs();
    int at = 1 + random.nextInt(paragraphs.size() - 1);
    for (int i = 0; i < paragraphs.size(); i++) {
      page.append(paragraphs.get(i));
      if (i == at - 1) {
        page.append(readAlsoFragment(insertion, readAlso.title(), random));
      } else {
        page.append('\n');
      }
    }
    boolean closed = random.nextInt(10) < 7;
    if (closed) {
      page.append("\nالمصدر: ").append(pick(SOURCES, random)).append('\n');
      page.append("كلمات دلالية: ").append(tagsOf(main.title())).append('\n');
    }
    page.append('\n')
        .append(random.nextBoolean() ? "اقرأ أيضاً" : "مقالات ذات صلة")
        .append('\n')
        .append(related.title())
        .append('\n')
        .append(String.join("\n", related.paragraphs()))
        .append('\n');
    List<Article> similar = new ArrayList<>();
    if (random.nextBoolean()) {
      page.append("\nمقالات مشابهة\n");
      for (int i = 0; i < 2; i++) {
        Article s = other(articles, random, main);
        similar.add(s);
        page.append(s.title()).append('\n');
      }
    }
    return new Composed(page.toString(), insertion, main, readAlso, related, similar);
  }

  private static String readAlsoFragment(Insertion insertion, String title, Random random) {
    return switch (insertion) {
      case GLUED -> "اقرأ أيضاً" + pick(CATEGORIES, random) + title;
      case INLINE -> " اقرأ أيضاً: " + title + "\n";
      case LABEL_LINE -> "\nاقرأ أيضاً\n" + title + "\n";
    };
  }

  private static String tagsOf(String title) {
    List<String> words = Arrays.stream(title.split("\\s+")).filter(w -> w.length() > 3).toList();
    return String.join("، ", words.subList(0, Math.min(3, words.size())));
  }

  private static Article other(List<Article> articles, Random random, Article not) {
    Article a;
    do {
      a = articles.get(random.nextInt(articles.size()));
    } while (a.title().equals(not.title()) || a.paragraphs().isEmpty());
    return a;
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static boolean hasLink(ExtractedArticle out, LinkKind kind, String title, double minF1) {
    for (Link link : out.links()) {
      if (link.kind() == kind
          && (minF1 >= 1.0
              ? link.title().equals(title.strip())
              : tokenF1(title, link.title()) >= minF1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasRelated(ExtractedArticle out, Article expected) {
    for (RelatedArticle r : out.related()) {
      if (expected.title().strip().equals(r.title())
          && tokenF1(String.join("\n", expected.paragraphs()), r.body()) >= RELATED_BODY_F1) {
        return true;
      }
    }
    return false;
  }

  /** F1 of the two texts' whitespace tokens, as multisets. */
  static double tokenF1(String truth, String predicted) {
    Map<String, Integer> counts = new HashMap<>();
    String[] t = truth.strip().isEmpty() ? new String[0] : truth.strip().split("\\s+");
    String[] p = predicted.strip().isEmpty() ? new String[0] : predicted.strip().split("\\s+");
    for (String token : t) {
      counts.merge(token, 1, Integer::sum);
    }
    int common = 0;
    for (String token : p) {
      Integer left = counts.get(token);
      if (left != null && left > 0) {
        counts.put(token, left - 1);
        common++;
      }
    }
    if (common == 0) {
      return t.length == 0 && p.length == 0 ? 1 : 0;
    }
    double precision = (double) common / p.length;
    double recall = (double) common / t.length;
    return 2 * precision * recall / (precision + recall);
  }

  private static List<Article> readArticles(Path corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode doc = json.readTree(line);
        List<String> paragraphs =
            doc.path("text")
                .asText("")
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        String title = doc.path("title").asText("").strip();
        if (!title.isEmpty()) {
          articles.add(new Article(title, paragraphs));
        }
      }
    }
    return articles;
  }
}
