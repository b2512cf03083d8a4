package org.marsad.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Says what one dump line is, from the line alone: a label (read-also, related, tags, source …), a
 * metadata line (title, author, date), a line to drop (breadcrumbs, share bars, copyright, ads), or
 * content. Where a line could be prose ("المصدر الرئيسي للنفط هو …", "شارك الآلاف في …"), the label
 * counts only with a colon or dash after it, or on a short line.
 */
final class DumpLineClassifier {
  static final int MAX_TITLE_WORDS = 25;
  static final int MAX_HEADLINE_WORDS = 30;
  static final int MAX_HEADLINE_CHARS = 250;
  static final int MAX_TAG_WORDS = 4;
  static final int MAX_TAG_CHARS = 40;
  private static final int MAX_SOURCE_WORDS = 15;
  private static final int MAX_AUTHOR_WORDS = 8;
  private static final int MAX_BARE_AUTHOR_WORDS = 3;
  private static final int MAX_DATE_LINE_WORDS = 14;
  private static final int MAX_BARE_DATE_WORDS = 10;
  private static final int MAX_COMMENTS_LABEL_WORDS = 5;
  private static final int MAX_SUBSCRIBE_WORDS = 12;
  private static final int MAX_COPYRIGHT_WORDS = 20;
  private static final int MAX_CRUMB_SEGMENT_WORDS = 5;
  private static final int MIN_CRUMB_SEPARATORS = 2;
  private static final String CRUMB_SEPARATORS = ">\u00BB\u203A/|\u2190\u2039\u00AB";
  private static final String LABEL_SEPARATORS = ":-\u2013\u2014|\uFF1A";
  private static final int PREFIX_CHARS = 80;
  private static final char WAW = '\u0648';
  private static final String VERB_PREFIXES = "\u0627\u0623\u064A\u062A\u0646";
  private static final int MIN_CONJUNCT_VERB = 4;
  private static final char ALEF = '\u0627';
  private static final String COPYRIGHT_SIGN = "\u00A9";
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
  private static final List<String> COPYRIGHT_PHRASES =
      List.of("جميع الحقوق محفوظة", "حقوق النشر", "all rights reserved").stream()
          .map(MatchText::key)
          .toList();

  enum Kind {
    BLANK,
    /** Boilerplate to leave out. */
    DROP,
    /** Boilerplate that ends an article (share bar, copyright). */
    DROP_CLOSING,
    /** A section label; {@code value} is an item printed on the same line, if any. */
    LABEL,
    TAGS,
    SOURCE,
    AUTHOR,
    DATE,
    TITLE,
    CONTENT
  }

  /**
   * @param label for {@link Kind#LABEL}
   * @param value the text after the label (tags, source, author, title, inline item), or the line
   * @param date for {@link Kind#DATE}, empty when the date was not understood
   * @param updateDate whether the date is labelled as an update time
   */
  record Line(
      Kind kind,
      BoilerplateLabel label,
      String value,
      Optional<OffsetDateTime> date,
      boolean updateDate) {
    static Line of(Kind kind, String value) {
      return new Line(kind, null, value, Optional.empty(), false);
    }
  }

  private record Lead(String key, String value, boolean separated) {}

  private final Function<String, Optional<OffsetDateTime>> dateReader;

  DumpLineClassifier(Function<String, Optional<OffsetDateTime>> dateReader) {
    this.dateReader = dateReader;
  }

  /** Whether a line says nothing: blank, or marks only (a stray byte-order mark, "* * *"). */
  static boolean blank(String line) {
    return line.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  Line classify(String line) {
    if (blank(line)) {
      return Line.of(Kind.BLANK, "");
    }
    MatchText text = MatchText.of(line);
    int words = DumpTokens.words(line);
    Optional<Line> labelled = labelLine(text, words);
    if (labelled.isPresent()) {
      return labelled.get();
    }
    String low = text.low().strip();
    if (DumpWords.AD_MARKERS.contains(low) || isShareBar(low) || isCrumb(text, words)) {
      return Line.of(Kind.DROP, line);
    }
    if (words <= MAX_COPYRIGHT_WORDS && isCopyright(low)) {
      return Line.of(copyrightKind(low), line);
    }
    return metadata(text, words).orElse(Line.of(Kind.CONTENT, line));
  }

  private Optional<Line> labelLine(MatchText text, int words) {
    Optional<BoilerplateLabel> found = Optional.empty();
    Lead lead = null;
    for (BoilerplateLabel label : BoilerplateLabel.values()) {
      Lead candidate = leading(text, label.normalizedForms());
      if (candidate != null && (lead == null || candidate.key().length() > lead.key().length())) {
        lead = candidate;
        found = Optional.of(label);
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    BoilerplateLabel label = found.get();
    String value = lead.value();
    boolean bare = value.isEmpty() || isCount(value);
    Line labelOnly = new Line(Kind.LABEL, label, "", Optional.empty(), false);
    Line content = Line.of(Kind.CONTENT, text.original().strip());
    return Optional.of(
        switch (label) {
          case SOURCE ->
              bare
                  ? labelOnly
                  : lead.separated() && DumpTokens.words(value) <= MAX_SOURCE_WORDS
                      ? Line.of(Kind.SOURCE, stripEndPunctuation(value))
                      : content;
          case TAGS ->
              bare
                  ? labelOnly
                  : lead.separated() || DumpTagSplitter.hasListSeparator(value)
                      ? Line.of(Kind.TAGS, value)
                      : content;
          case READ_ALSO, RELATED, SIMILAR, MOST_READ ->
              bare
                  ? labelOnly
                  : lead.separated() && DumpTokens.words(value) <= MAX_HEADLINE_WORDS
                      ? new Line(Kind.LABEL, label, value, Optional.empty(), false)
                      : content;
          case COMMENTS -> words <= MAX_COMMENTS_LABEL_WORDS ? labelOnly : content;
          case SHARE ->
              bare || lead.separated() || isShareBar(MatchText.key(value))
                  ? Line.of(Kind.DROP_CLOSING, value)
                  : content;
          case SUBSCRIBE ->
              words <= MAX_SUBSCRIBE_WORDS && DumpTokens.lastChar(value) != '.'
                  ? Line.of(Kind.DROP, value)
                  : content;
          case COPYRIGHT ->
              words <= MAX_COPYRIGHT_WORDS ? Line.of(copyrightKind(text.low()), value) : content;
        });
  }

  private Optional<Line> metadata(MatchText text, int words) {
    Lead title = leading(text, DumpWords.TITLE_LABELS);
    if (title != null && title.separated() && !title.value().isEmpty()) {
      return Optional.of(Line.of(Kind.TITLE, title.value()));
    }
    Lead author = leading(text, DumpWords.AUTHOR_LABELS);
    if (author != null && isAuthor(author, text.original())) {
      return Optional.of(Line.of(Kind.AUTHOR, stripEndPunctuation(author.value())));
    }
    if (words > MAX_DATE_LINE_WORDS) {
      return Optional.empty();
    }
    Lead dated = leading(text, DumpWords.DATE_LABELS);
    if (dated != null && !dated.value().isEmpty()) {
      Optional<OffsetDateTime> date = read(dated.value());
      if (date.isPresent() || dated.separated()) {
        boolean update = DumpWords.UPDATE_DATE_LABELS.contains(dated.key());
        return Optional.of(new Line(Kind.DATE, null, dated.value(), date, update));
      }
    }
    if (words <= MAX_BARE_DATE_WORDS && DumpTokens.lastChar(text.original()) != '.') {
      Optional<OffsetDateTime> date = read(text.original().strip());
      if (date.isPresent()) {
        return Optional.of(new Line(Kind.DATE, null, text.original().strip(), date, false));
      }
    }
    return Optional.empty();
  }

  private Optional<OffsetDateTime> read(String candidate) {
    try {
      return dateReader.apply(candidate.strip());
    } catch (RuntimeException readerFailed) {
      return Optional.empty();
    }
  }

  private static boolean isAuthor(Lead author, String line) {
    int valueWords = DumpTokens.words(author.value());
    if (valueWords == 0 || valueWords > MAX_AUTHOR_WORDS || endsSentence(line)) {
      return false;
    }
    return author.separated()
        || DumpWords.LOOSE_AUTHOR_LABELS.contains(author.key())
        || valueWords <= MAX_BARE_AUTHOR_WORDS;
  }

  /**
   * The longest of {@code keys} that starts the line as a whole word, with the text after it (past
   * spaces and separators) and whether a colon or dash separated the two.
   */
  private static Lead leading(MatchText text, List<String> keys) {
    String low = text.low();
    int start = 0;
    while (start < low.length() && Character.isWhitespace(low.charAt(start))) {
      start++;
    }
    for (String key : keys) {
      int end = start + key.length();
      if (!low.startsWith(key, start)
          || end < low.length() && Character.isLetterOrDigit(low.charAt(end))) {
        continue;
      }
      boolean separated = false;
      int valueStart = end;
      while (valueStart < low.length()
          && (Character.isWhitespace(low.charAt(valueStart))
              || LABEL_SEPARATORS.indexOf(low.charAt(valueStart)) >= 0)) {
        separated |= LABEL_SEPARATORS.indexOf(low.charAt(valueStart)) >= 0;
        valueStart++;
      }
      String value = text.originalSlice(valueStart, low.length()).strip();
      return new Lead(key, value, separated);
    }
    return null;
  }

  private static boolean isShareBar(String low) {
    List<String> runs = DumpTokens.letterRuns(low);
    return !runs.isEmpty() && runs.stream().allMatch(DumpWords.SHARE_TARGETS::contains);
  }

  /**
   * A page's copyright notice ends the article ("© 2019 CNN. All rights reserved"); a picture's
   * credit ("© REUTERS / POOL", "(Image: © TNG Collaboration)") sits inside it and is only dropped.
   * The notice names a year or reserves the rights; a credit does neither.
   */
  private static Kind copyrightKind(String low) {
    boolean notice = YEAR.matcher(low).find() || COPYRIGHT_PHRASES.stream().anyMatch(low::contains);
    return notice ? Kind.DROP_CLOSING : Kind.DROP;
  }

  private static boolean isCopyright(String low) {
    return low.contains(COPYRIGHT_SIGN) || COPYRIGHT_PHRASES.stream().anyMatch(low::contains);
  }

  /** Breadcrumbs: "الرئيسية » أخبار » العالم", or several short segments between arrows. */
  private static boolean isCrumb(MatchText text, int words) {
    // The original, not the matching form: normalization folds the guillemets to '"'.
    String low = text.original().strip();
    int separators = 0;
    int segmentWords = 0;
    int longestSegment = 0;
    boolean inWord = false;
    for (int i = 0; i < low.length(); i++) {
      char c = low.charAt(i);
      if (CRUMB_SEPARATORS.indexOf(c) >= 0) {
        separators++;
        segmentWords = 0;
        inWord = false;
      } else if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        longestSegment = Math.max(longestSegment, ++segmentWords);
      }
    }
    boolean home = leading(text, DumpWords.CRUMB_HEADS) != null;
    if (home && (separators > 0 || words <= 2)) {
      return longestSegment <= MAX_CRUMB_SEGMENT_WORDS;
    }
    return separators >= MIN_CRUMB_SEPARATORS
        && longestSegment <= MAX_CRUMB_SEGMENT_WORDS
        && !endsSentence(low);
  }

  static boolean endsSentence(String s) {
    char last = DumpTokens.lastChar(s);
    return last == '.' || last == ':' || last == '\u060C' || last == '\u061B' || last == ',';
  }

  /** Whether a line may be a title: short and without closing punctuation (? and ! allowed). */
  static boolean titleLike(String s) {
    return DumpTokens.words(s) <= MAX_TITLE_WORDS
        && s.length() <= MAX_HEADLINE_CHARS
        && !endsSentence(s);
  }

  /**
   * Whether a line may be a headline in a list: not a long paragraph, not ending with a full stop
   * (headlines have none; ".." is a headline dash) and not opening like a continued story.
   */
  static boolean headlineLike(String s) {
    String stripped = s.strip();
    boolean fullStop = stripped.endsWith(".") && !stripped.endsWith("..");
    return DumpTokens.words(s) <= MAX_HEADLINE_WORDS
        && s.length() <= MAX_HEADLINE_CHARS
        && !fullStop
        && !opensLikeContinuation(s);
  }

  /** "وأضاف …", "من جهته …": text that carries on a story rather than opening one. */
  static boolean opensLikeContinuation(String text) {
    if (opensWithListedStarter(text)) {
      return true;
    }
    String low = prefixKey(text);
    int wordEnd = 0;
    while (wordEnd < low.length() && Character.isLetter(low.charAt(wordEnd))) {
      wordEnd++;
    }
    return wordEnd >= MIN_CONJUNCT_VERB
        && low.charAt(0) == WAW
        && VERB_PREFIXES.indexOf(low.charAt(1)) >= 0;
  }

  private static boolean opensWithListedStarter(String text) {
    String low = prefixKey(text);
    for (String starter : DumpWords.SENTENCE_STARTERS) {
      int end = starter.length();
      if (low.startsWith(starter)
          && (end == low.length() || !Character.isLetter(low.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static String prefixKey(String text) {
    return MatchText.key(text.length() > PREFIX_CHARS ? text.substring(0, PREFIX_CHARS) : text)
        .strip();
  }

  /**
   * Whether the text opens like a continuation only by a word written و + bare alef ("وافقت",
   * "واصل", "واعتبر"): either a verb whose root starts with و or the conjunction before a derived
   * verb, so the opening alone cannot tell a new story from a continued one. Listed starters and و
   * before a hamza or an imperfect prefix ("وأضاف", "ويقول") are not ambiguous.
   */
  static boolean opensWithAmbiguousWaw(String text) {
    String stripped = text.strip();
    return stripped.length() > 2
        && stripped.charAt(0) == WAW
        && stripped.charAt(1) == ALEF
        && opensLikeContinuation(stripped)
        && !opensWithListedStarter(stripped);
  }

  static boolean tagLike(String s) {
    return DumpTokens.words(s) <= MAX_TAG_WORDS && s.length() <= MAX_TAG_CHARS && !endsSentence(s);
  }

  private static boolean isCount(String value) {
    return value.chars().allMatch(c -> Character.isDigit(c) || "()[] ".indexOf(c) >= 0);
  }

  static String stripEndPunctuation(String s) {
    int end = s.length();
    while (end > 0
        && (Character.isWhitespace(s.charAt(end - 1))
            || ".:\u060C,;\u061B-|".indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    return s.substring(0, end);
  }
}
