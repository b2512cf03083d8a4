package org.marsad.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.DumpLineClassifier.Kind;
import org.marsad.extract.DumpLineClassifier.Line;
import org.marsad.model.Link;
import org.marsad.model.LinkKind;
import org.marsad.model.RelatedArticle;

/**
 * Walks the lines of a dump once and sorts them into the parts of a page: title and metadata at the
 * top, the body, and the blocks after labels (links, tags, source, related articles).
 *
 * <p>After a list label (read-also, related, similar, most read) short lines are headlines. When a
 * long paragraph follows them, it is either a further article embedded in the page (the last
 * headline is its title) or the main article resuming after a box. It is a further article when the
 * main article already ended (a source or tag line, a share bar, copyright), and otherwise when it
 * does not open like a continuation ("وأضاف …") and is more about the last headline than the main
 * article is: the headline's topic words are covered better by the paragraphs than by the body so
 * far, and at least as well as the main title's. An opening of و + bare alef ("وافقت", a root-و
 * verb, or "واعتبر") is ambiguous and counts as a continuation only unless the paragraphs clearly
 * fit the headline ({@link HeadlineFit#clearlyAboutHeadline}). A list that opens the page, before
 * any body, is boilerplate above the article and the paragraph is the main body.
 */
final class DumpPageParser {
  private static final int MAX_LOOKAHEAD_LINES = 40;

  /** Short body lines an article's end may trail before a closing line (byline, caption, date). */
  private static final int MAX_SHORT_LINES_AFTER_ARTICLE = 3;

  private enum Mode {
    HEADER,
    BODY,
    LIST,
    TAG_BLOCK,
    SOURCE_VALUE,
    RELATED,
    COMMENTS
  }

  private final DumpLineClassifier classifier;
  private final DumpProblems problems;

  private List<DumpLine> lines;
  private Mode mode = Mode.HEADER;
  private Mode resumeMode = Mode.BODY;
  private BoilerplateLabel listLabel;
  private final List<String> pending = new ArrayList<>();
  private String relatedTitle;
  private final List<String> relatedParagraphs = new ArrayList<>();
  private boolean mainClosed;
  private boolean bodyHasProse;
  private int shortLinesSinceProse;
  private int droppedComments;

  private String title;
  private final List<String> paragraphs = new ArrayList<>();

  /**
   * Per paragraph: the date lines between it and the previous one. An article is dated once, above
   * it; dates between texts are readers' comments or a list of other articles.
   */
  private final List<Integer> datesBefore = new ArrayList<>();

  private int datesSinceParagraph;

  private String source;
  private String author;
  private OffsetDateTime published;
  private OffsetDateTime updated;
  private final List<String> tags = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<RelatedArticle> related = new ArrayList<>();

  /** What the parser recovered; lists are the parser's own, not copied. */
  record Parts(
      String title,
      List<String> paragraphs,
      String source,
      String author,
      OffsetDateTime published,
      List<String> tags,
      List<Link> links,
      List<RelatedArticle> related) {}

  DumpPageParser(DumpLineClassifier classifier, DumpProblems problems) {
    this.classifier = classifier;
    this.problems = problems;
  }

  /** Parses {@code dumpLines}; one parser instance parses one page. */
  Parts parse(List<DumpLine> dumpLines) {
    this.lines = dumpLines;
    for (int i = 0; i < lines.size(); i++) {
      DumpLine line = lines.get(i);
      switch (line.role()) {
        case FUSED_LINK -> links.add(line.link());
        case CONTINUATION -> content(line.text(), true, i);
        case TEXT -> handle(classifier.classify(line.text()), i);
      }
    }
    finishList();
    finishRelated();
    if (droppedComments > 0 && paragraphs.isEmpty()) {
      problems.add("page holds only comments: " + droppedComments + " lines dropped");
    }
    return new Parts(
        title,
        DumpBodyRegion.select(paragraphs, datesBefore),
        source,
        author,
        published != null ? published : updated,
        tags,
        links,
        related);
  }

  private void handle(Line line, int index) {
    switch (line.kind()) {
      case BLANK -> {}
      case DROP -> {}
      case DROP_CLOSING -> {
        finishList();
        finishRelated();
        closeMain();
      }
      case LABEL -> label(line);
      case TAGS -> {
        endBlocks();
        tags.addAll(DumpTagSplitter.split(line.value()));
        closeMain();
      }
      case SOURCE -> {
        endBlocks();
        if (source == null) {
          source = line.value();
        }
        closeMain();
      }
      case AUTHOR -> {
        if (author == null) {
          author = line.value();
        }
      }
      case DATE -> {
        date(line);
        datesSinceParagraph++;
      }
      case TITLE -> {
        if (title == null) {
          title = line.value();
        } else {
          content(line.value(), false, index);
        }
      }
      case CONTENT -> content(line.value(), false, index);
    }
  }

  private void label(Line line) {
    endBlocks();
    switch (line.label()) {
      case TAGS -> enter(Mode.TAG_BLOCK);
      case SOURCE -> enter(Mode.SOURCE_VALUE);
      case COMMENTS -> {
        if (articleJustEnded()) {
          closeMain();
          mode = Mode.COMMENTS;
        }
      }
      default -> {
        enter(Mode.LIST);
        listLabel = line.label();
        if (!line.value().isEmpty()) {
          pending.add(line.value());
        }
      }
    }
  }

  private void enter(Mode blockMode) {
    resumeMode = mode == Mode.HEADER && paragraphs.isEmpty() ? Mode.HEADER : Mode.BODY;
    mode = blockMode;
  }

  private void date(Line line) {
    if (line.date().isEmpty()) {
      problems.add("date not understood: " + line.value());
    } else if (line.updateDate()) {
      updated = updated == null ? line.date().get() : updated;
    } else if (published == null) {
      published = line.date().get();
    }
  }

  private void content(String text, boolean forced, int index) {
    switch (mode) {
      case COMMENTS -> droppedComments++;
      case SOURCE_VALUE -> {
        mode = resumeMode;
        if (!forced && DumpLineClassifier.tagLike(text)) {
          source = source == null ? text : source;
        } else {
          content(text, forced, index);
        }
      }
      case TAG_BLOCK -> {
        if (!forced && DumpLineClassifier.tagLike(text)) {
          tags.add(text);
        } else {
          mode = resumeMode;
          content(text, forced, index);
        }
      }
      case LIST -> {
        if (!forced && DumpLineClassifier.headlineLike(text)) {
          pending.add(text);
        } else {
          resolveList(text, index);
          content(text, forced, index);
        }
      }
      case HEADER -> {
        if (!forced && title == null && DumpLineClassifier.titleLike(text)) {
          title = text;
        } else {
          mode = Mode.BODY;
          content(text, forced, index);
        }
      }
      case BODY -> {
        if (mainClosed && !paragraphs.isEmpty()) {
          mode = Mode.LIST;
          listLabel = null;
          content(text, forced, index);
        } else {
          paragraphs.add(text);
          datesBefore.add(datesSinceParagraph);
          datesSinceParagraph = 0;
          boolean prose = DumpBodyRegion.prose(text);
          bodyHasProse |= prose;
          shortLinesSinceProse = prose ? 0 : shortLinesSinceProse + 1;
        }
      }
      case RELATED -> relatedParagraphs.add(text);
    }
  }

  /** A paragraph ends a headline list: decides whose paragraph it is (see the class comment). */
  private void resolveList(String paragraph, int index) {
    String headline = pending.isEmpty() ? null : pending.get(pending.size() - 1);
    boolean embedded;
    if (!bodyHasProse) {
      embedded = false;
      if (title == null && headline != null) {
        title = headline;
        pending.remove(pending.size() - 1);
      }
    } else if (mainClosed) {
      embedded = true;
    } else if (headline == null) {
      embedded = false;
    } else if (DumpLineClassifier.opensWithAmbiguousWaw(paragraph)) {
      embedded =
          HeadlineFit.clearlyAboutHeadline(headline, paragraphsAhead(index), paragraphs, title);
    } else if (DumpLineClassifier.opensLikeContinuation(paragraph)) {
      embedded = false;
    } else {
      embedded = moreAboutHeadline(headline, index);
    }
    if (embedded) {
      if (headline != null) {
        pending.remove(pending.size() - 1);
      }
      finishList();
      relatedTitle = headline;
      mode = Mode.RELATED;
      closeMain();
    } else {
      finishList();
      mode = Mode.BODY;
    }
  }

  private boolean moreAboutHeadline(String headline, int index) {
    return HeadlineFit.moreAboutHeadline(headline, paragraphsAhead(index), paragraphs, title);
  }

  /** The content lines from {@code index} up to the next label or end marker, bounded. */
  private List<String> paragraphsAhead(int index) {
    List<String> ahead = new ArrayList<>();
    for (int i = index; i < lines.size() && ahead.size() < MAX_LOOKAHEAD_LINES; i++) {
      DumpLine line = lines.get(i);
      if (line.role() == DumpLine.Role.FUSED_LINK) {
        continue;
      }
      if (line.role() == DumpLine.Role.CONTINUATION) {
        ahead.add(line.text());
        continue;
      }
      Line classified = classifier.classify(line.text());
      if (classified.kind() == Kind.CONTENT) {
        ahead.add(classified.value());
      } else if (classified.kind() != Kind.BLANK && classified.kind() != Kind.DROP) {
        break;
      }
    }
    return ahead;
  }

  /** Leaves a list, tag block or embedded article before a new block starts. */
  private void endBlocks() {
    finishList();
    finishRelated();
    if (mode == Mode.LIST || mode == Mode.TAG_BLOCK || mode == Mode.SOURCE_VALUE) {
      mode = resumeMode;
    }
    if (mode == Mode.RELATED || mode == Mode.COMMENTS) {
      mode = Mode.BODY;
    }
  }

  private void finishList() {
    LinkKind kind = linkKind(listLabel);
    for (String headline : pending) {
      links.add(new Link(DumpLineClassifier.stripEndPunctuation(headline), null, kind));
    }
    pending.clear();
  }

  private void finishRelated() {
    if (relatedParagraphs.isEmpty()) {
      if (relatedTitle != null) {
        links.add(new Link(relatedTitle, null, linkKind(listLabel)));
      }
    } else {
      related.add(new RelatedArticle(relatedTitle, String.join("\n\n", relatedParagraphs)));
    }
    relatedTitle = null;
    relatedParagraphs.clear();
  }

  /**
   * The article ended, if one began: a share bar or label among the menus above it ends nothing.
   */
  private void closeMain() {
    if (articleJustEnded()) {
      mainClosed = true;
    }
  }

  /**
   * Whether the body's last lines are an article's: prose, or a few short lines after it (a byline,
   * a caption). A prose line far above among menus (a cookie notice, a site's motto) is no article
   * that a share bar or comments label could end.
   */
  private boolean articleJustEnded() {
    return bodyHasProse && shortLinesSinceProse <= MAX_SHORT_LINES_AFTER_ARTICLE;
  }

  private static LinkKind linkKind(BoilerplateLabel label) {
    if (label == null) {
      return LinkKind.OTHER;
    }
    return switch (label) {
      case READ_ALSO -> LinkKind.READ_ALSO;
      case RELATED -> LinkKind.RELATED;
      case SIMILAR -> LinkKind.SIMILAR;
      default -> LinkKind.OTHER;
    };
  }
}
