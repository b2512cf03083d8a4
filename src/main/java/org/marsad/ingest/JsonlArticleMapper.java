package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.dedup.InvalidUrlException;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.model.Article;

/**
 * Turns one JSON line of the import format into an {@link Article}.
 *
 * <p>Fields (the ANT corpus schema): {@code url} (required), {@code title}, {@code text} (the body,
 * one paragraph per line), {@code source}, {@code category}, {@code pub_date_raw}, {@code author},
 * {@code abstract}. Other fields are ignored. A field may be missing or null; a number or boolean
 * is read as its text; an object or array where text belongs makes the line malformed. A URL longer
 * than the {@link ArticleLimits} makes the line malformed; longer text is cut and the cut returned
 * with the article.
 */
final class JsonlArticleMapper {
  /** Why a line is not an article; the message is the reason shown to the user. */
  static final class MalformedLineException extends Exception {
    MalformedLineException(String reason) {
      super(reason);
    }
  }

  /** A mapped line: the article, whether a date was given but not understood, what was cut. */
  record Mapped(Article article, boolean dateUnparsed, List<ArticleLimits.Cut> cuts) {}

  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r");
  private static final String PARAGRAPH_SEPARATOR = "\n\n";
  private static final int REASON_DETAIL_CHARS = 80;

  private final ObjectMapper json = new ObjectMapper();
  private final UrlCanonicalizer canonicalizer;
  private final Function<String, Optional<Instant>> dateParser;
  private final ArticleLimits limits;

  JsonlArticleMapper(
      UrlCanonicalizer canonicalizer,
      Function<String, Optional<Instant>> dateParser,
      ArticleLimits limits) {
    this.canonicalizer = canonicalizer;
    this.dateParser = dateParser;
    this.limits = limits;
  }

  Mapped map(String line) throws MalformedLineException {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new MalformedLineException("not JSON (" + shorten(e.getOriginalMessage()) + ")");
    }
    if (node == null || !node.isObject()) {
      throw new MalformedLineException("not a JSON object");
    }
    String rawUrl = text(node, "url");
    if (rawUrl == null || rawUrl.isBlank()) {
      throw new MalformedLineException("no url");
    }
    String refusal = limits.urlRefusal(rawUrl.strip());
    if (refusal != null) {
      throw new MalformedLineException(refusal);
    }
    String url;
    try {
      url = canonicalizer.canonicalize(rawUrl);
    } catch (InvalidUrlException e) {
      throw new MalformedLineException("invalid url: " + shorten(e.getMessage()));
    }
    refusal = limits.urlRefusal(url);
    if (refusal != null) {
      throw new MalformedLineException("canonical " + refusal);
    }
    String rawDate = text(node, "pub_date_raw");
    Optional<Instant> published = rawDate == null ? Optional.empty() : dateParser.apply(rawDate);
    Article article =
        new Article(
            0,
            url,
            null,
            0,
            stripped(text(node, "source")),
            stripped(text(node, "title")),
            paragraphs(text(node, "text")),
            stripped(text(node, "abstract")),
            published.orElse(null),
            null,
            stripped(text(node, "author")),
            stripped(text(node, "category")),
            List.of());
    boolean dateUnparsed = rawDate != null && !rawDate.isBlank() && published.isEmpty();
    ArticleLimits.Fitted fitted = limits.fit(article);
    return new Mapped(fitted.article(), dateUnparsed, fitted.cuts());
  }

  /** One paragraph per input line becomes paragraphs separated by a blank line; blanks dropped. */
  static String paragraphs(String text) {
    if (text == null) {
      return "";
    }
    return LINE_BREAK
        .splitAsStream(text)
        .map(String::strip)
        .filter(paragraph -> !paragraph.isEmpty())
        .collect(Collectors.joining(PARAGRAPH_SEPARATOR));
  }

  private static String text(JsonNode object, String field) throws MalformedLineException {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      throw new MalformedLineException("field '" + field + "' is not text");
    }
    return value.asText();
  }

  private static String stripped(String value) {
    if (value == null) {
      return null;
    }
    String strippedValue = value.strip();
    return strippedValue.isEmpty() ? null : strippedValue;
  }

  private static String shorten(String message) {
    String oneLine = message == null ? "" : LINE_BREAK.matcher(message).replaceAll(" ");
    return oneLine.length() <= REASON_DETAIL_CHARS
        ? oneLine
        : oneLine.substring(0, REASON_DETAIL_CHARS) + "...";
  }
}
