package org.marsad.ingest;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * RSS 0.9x/1.0/2.0 and Atom through Rome's converters, mapped to {@link FeedItem}s.
 *
 * <p>Dates are read from the item's own elements by {@link FeedDates}, the pages' date parser, and
 * only then taken from Rome: Arabic sites often write {@code pubDate} in Arabic or in a form Rome
 * does not know, which Rome drops. An item whose date nobody can read keeps no date; a problem says
 * so, and the article is dated by when it was first seen.
 */
final class RomeFeedReader {
  private RomeFeedReader() {}

  /**
   * @param maxItems entries beyond this are removed before Rome converts them (converting thousands
   *     of entries only to drop them is the slow part of a huge feed)
   */
  static ParsedFeed read(Document document, List<String> problems, int maxItems) {
    int dropped = prune(document.getRootElement(), maxItems);
    Element channel = document.getRootElement().getChild("channel");
    if (channel != null) {
      dropped += prune(channel, maxItems);
    }
    if (dropped > 0) {
      problems = new ArrayList<>(problems);
      problems.add(FeedParser.itemsCut(maxItems, maxItems + dropped));
    }
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(document);
    } catch (FeedException | RuntimeException e) {
      List<String> all = new ArrayList<>(problems);
      all.add("not a feed: Rome could not read it (" + e.getMessage() + ")");
      return ParsedFeed.none(all);
    }
    FeedFormat format =
        feed.getFeedType() != null && feed.getFeedType().startsWith("atom")
            ? FeedFormat.ATOM
            : FeedFormat.RSS;
    List<RawDates> raw = rawDates(document.getRootElement());
    List<SyndEntry> entries = feed.getEntries();
    List<FeedItem> items = new ArrayList<>(entries.size());
    List<String> unreadable = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      RawDates dates = entries.size() == raw.size() ? raw.get(i) : RawDates.NONE;
      SyndEntry entry = entries.get(i);
      Instant published = date(dates.published(), entry.getPublishedDate(), unreadable);
      Instant updated = date(dates.updated(), entry.getUpdatedDate(), unreadable);
      items.add(item(entry, published, updated));
    }
    if (!unreadable.isEmpty()) {
      problems = new ArrayList<>(problems);
      problems.add(
          ArticleLimits.count(unreadable.size())
              + (unreadable.size() == 1 ? " item date" : " item dates")
              + " unreadable (first: '"
              + PlainText.of(unreadable.get(0))
              + "'): such items are dated by when they were first seen");
    }
    return new ParsedFeed(
        format, PlainText.of(feed.getTitle()), feed.getLink(), items, List.of(), problems);
  }

  /**
   * Removes {@code item} and {@code entry} children after the first {@code max}, from the end
   * backwards: removing by position costs only the few nodes after it, where removing each element
   * by identity searches the list and made a 100,000-item feed take seconds.
   */
  private static int prune(Element parent, int max) {
    int entries = 0;
    for (Element child : parent.getChildren()) {
      if (isEntry(child)) {
        entries++;
      }
    }
    int extra = Math.max(0, entries - max);
    int toRemove = extra;
    List<Content> content = parent.getContent();
    for (int i = content.size() - 1; i >= 0 && toRemove > 0; i--) {
      if (content.get(i) instanceof Element child && isEntry(child)) {
        parent.removeContent(i);
        toRemove--;
      }
    }
    return extra;
  }

  private static boolean isEntry(Element element) {
    return element.getName().equals("item") || element.getName().equals("entry");
  }

  /** The raw date texts of one item or entry, null where absent. */
  private record RawDates(String published, String updated) {
    static final RawDates NONE = new RawDates(null, null);
  }

  /** Raw dates of every item or entry, in document order (Rome's order of entries). */
  private static List<RawDates> rawDates(Element root) {
    List<RawDates> out = new ArrayList<>();
    Element channel = root.getChild("channel", root.getNamespace());
    for (Element parent : channel == null ? List.of(root) : List.of(root, channel)) {
      for (Element child : parent.getChildren()) {
        if (isEntry(child)) {
          out.add(
              new RawDates(
                  firstText(child, "pubDate", "published", "issued", "date", "created"),
                  firstText(child, "updated", "modified")));
        }
      }
    }
    return out;
  }

  private static String firstText(Element item, String... names) {
    for (String name : names) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
          return child.getTextTrim();
        }
      }
    }
    return null;
  }

  /**
   * The item's date as the shared parser reads its text, else as Rome read it, else null (and the
   * text counted as unreadable).
   */
  private static Instant date(String raw, Date rome, List<String> unreadable) {
    Instant parsed = FeedDates.parse(raw);
    if (parsed != null) {
      return parsed;
    }
    if (rome != null) {
      return rome.toInstant();
    }
    if (raw != null) {
      unreadable.add(raw);
    }
    return null;
  }

  private static FeedItem item(SyndEntry entry, Instant published, Instant updated) {
    List<String> categories = new ArrayList<>();
    for (SyndCategory category : entry.getCategories()) {
      if (category.getName() != null && !category.getName().isBlank()) {
        categories.add(category.getName().trim());
      }
    }
    return new FeedItem(
        entry.getUri(),
        entry.getLink(),
        PlainText.of(entry.getTitle()),
        entry.getDescription() == null ? null : entry.getDescription().getValue(),
        entry.getContents().stream()
            .map(SyndContent::getValue)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null),
        published,
        updated,
        author(entry),
        categories);
  }

  private static String author(SyndEntry entry) {
    if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      return entry.getAuthor().trim();
    }
    return entry.getAuthors().stream()
        .map(SyndPerson::getName)
        .filter(name -> name != null && !name.isBlank())
        .findFirst()
        .orElse(null);
  }
}
