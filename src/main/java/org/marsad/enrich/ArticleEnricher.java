package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.model.ArticleEntity;
import org.marsad.model.ArticleText;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;

/**
 * Enriches one article from its own text: entities (recognized, then merged into canonical
 * entities), keywords against the corpus statistics, tags, the page's tags its text never mentions,
 * and a category. The one place these steps are put together: the pipeline's enrichment stage and
 * {@code marsad analyze} both call it.
 *
 * <p>{@link #observe} counts an article in the corpus statistics; {@link #enrich} only reads them,
 * so several threads may enrich at once while nobody observes. Only the first {@link
 * Settings#maxChars()} chars of title and body are read: a 1 MB body costs what its opening costs.
 */
public final class ArticleEnricher {

  /**
   * @param maxKeywords keywords kept per article
   * @param maxTags tags kept per article
   * @param maxChars chars of {@link ArticleText} read
   */
  public record Settings(int maxKeywords, int maxTags, int maxChars) {
    public static final Settings DEFAULT = new Settings(10, Tags.DEFAULT_MAX, 100_000);

    public Settings {
      if (maxKeywords < 0 || maxTags < 0 || maxChars <= 0) {
        throw new IllegalArgumentException(
            "need maxKeywords >= 0, maxTags >= 0, maxChars > 0, got "
                + maxKeywords
                + ", "
                + maxTags
                + ", "
                + maxChars);
      }
    }
  }

  private final EntityFinder entityFinder;
  private final TermCounts counts;
  private final KeywordExtractor keywords;
  private final CategoryClassifier classifier;
  private final TagLexicon bundledPhrases = TagLexicon.bundled();
  private final Settings settings;

  /**
   * @param classifier null to leave articles without a category
   */
  public ArticleEnricher(
      EntityRecognizer recognizer,
      CategoryClassifier classifier,
      TermCounts counts,
      Settings settings) {
    this.entityFinder = new EntityFinder(recognizer);
    this.classifier = classifier;
    this.counts = Objects.requireNonNull(counts, "counts");
    this.keywords = new KeywordExtractor(counts);
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** With the models shipped in the jar and empty corpus statistics. */
  public static ArticleEnricher shipped(Settings settings) {
    return new ArticleEnricher(
        EntityRecognizers.shipped(), CategoryClassifiers.shipped(), new TermCounts(), settings);
  }

  /** Counts an article in the corpus statistics that keywords are weighed against. */
  public void observe(String title, String body) {
    counts.add(read(title, body).text());
  }

  /** How many articles the corpus statistics have counted. */
  public long observed() {
    return counts.documents();
  }

  /** What the article's own text says about it; {@code pageTags} are the page's tag line. */
  public Enrichment enrich(String title, String body, List<String> pageTags) {
    Read read = read(title, body);
    String text = read.text();
    List<ArticleEntity> entities = entityFinder.entities(text);
    List<String> words =
        keywords.keywordTexts(read.title(), read.body(), entities, settings.maxKeywords());
    List<String> tags = Tags.of(text, entities, words, settings.maxTags());
    Category category = classifier == null ? null : classifier.classify(read.title(), read.body());
    return new Enrichment(
        entities, words, tags, genericPageTags(pageTags, text, entities), category);
  }

  /**
   * The page's tags that the text never mentions. A tag line whose separators were lost is split
   * first, by the phrases Marsad knows: the bundled ones, this article's entity names and the
   * corpus's collocations.
   */
  private List<String> genericPageTags(
      List<String> pageTags, String text, List<ArticleEntity> entities) {
    if (pageTags == null || pageTags.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (ArticleEntity e : entities) {
      names.add(e.canonical());
      names.addAll(e.variants());
    }
    TagLexicon lexicon = bundledPhrases.plus(names).withCollocations(counts);
    return GenericTags.of(new TagLineSplitter(lexicon).resplit(pageTags), text);
  }

  /** Title and body cut to {@link Settings#maxChars()} in all, and the text they make. */
  private record Read(String title, String body, String text) {}

  private Read read(String title, String body) {
    String t = cut(title == null ? "" : title, settings.maxChars());
    String b = cut(body == null ? "" : body, Math.max(0, settings.maxChars() - t.length()));
    return new Read(t, b, ArticleText.of(t, b));
  }

  /** {@code s} cut to at most {@code limit} chars without splitting a surrogate pair. */
  private static String cut(String s, int limit) {
    if (s.length() <= limit) {
      return s;
    }
    int end = limit > 0 && Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
    return s.substring(0, end);
  }
}
