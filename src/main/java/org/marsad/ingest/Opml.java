package org.marsad.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.marsad.text.MojibakeRepair;

/**
 * OPML subscription lists: import (nested outlines flattened into feeds that remember their
 * folders) and export (folders written back as nested outlines). Reading shares the feed parser's
 * safety: no DTDs, no entities, lenient repair of malformed XML.
 */
public final class Opml {
  /** Outlines nested deeper than this are ignored (a hostile or broken file). */
  static final int MAX_DEPTH = 32;

  private Opml() {}

  /** What an OPML file held: its title, its feeds and what was odd. */
  public record Subscriptions(String title, List<OpmlFeed> feeds, List<String> problems) {
    public Subscriptions {
      feeds = List.copyOf(feeds);
      problems = List.copyOf(problems);
    }
  }

  /** Reads an OPML file; never throws on bad content. */
  public static Opml.Subscriptions read(byte[] bytes) {
    FeedCharset.Decoded decoded = FeedCharset.decodeAsIs(bytes, null);
    List<String> problems = new ArrayList<>(decoded.problems());
    XmlDocuments.Parsed parsed = XmlDocuments.parse(decoded.text().stripLeading(), null);
    problems.addAll(parsed.problems());
    Document xml = parsed.document();
    if (xml == null || !xml.hasRootElement() || !xml.getRootElement().getName().equals("opml")) {
      problems.add("not an OPML file");
      return new Opml.Subscriptions(null, List.of(), problems);
    }
    Element root = xml.getRootElement();
    Element head = root.getChild("head");
    String title = head == null ? null : blankToNull(head.getChildTextNormalize("title"));
    List<OpmlFeed> feeds = new ArrayList<>();
    Element body = root.getChild("body");
    if (body != null) {
      collect(body, new ArrayList<>(), feeds, problems);
    }
    return MisreadNames.repaired(new Opml.Subscriptions(title, feeds, problems));
  }

  private static void collect(
      Element parent, List<String> folders, List<OpmlFeed> feeds, List<String> problems) {
    if (folders.size() >= MAX_DEPTH) {
      problems.add("outlines nested deeper than " + MAX_DEPTH + " ignored");
      return;
    }
    for (Element outline : parent.getChildren("outline")) {
      String name = blankToNull(outline.getAttributeValue("title"));
      if (name == null) {
        name = blankToNull(outline.getAttributeValue("text"));
      }
      String xmlUrl = blankToNull(outline.getAttributeValue("xmlUrl"));
      if (xmlUrl != null) {
        feeds.add(
            new OpmlFeed(name, xmlUrl, blankToNull(outline.getAttributeValue("htmlUrl")), folders));
      }
      if (!outline.getChildren("outline").isEmpty()) {
        List<String> inner = new ArrayList<>(folders);
        inner.add(name == null ? "" : name);
        collect(outline, inner, feeds, problems);
      }
    }
  }

  /** Writes an OPML 2.0 file (UTF-8), folders as nested outlines in first-seen order. */
  public static String write(String title, List<OpmlFeed> feeds) {
    Element head = new Element("head").addContent(new Element("title").setText(nullToEmpty(title)));
    Element body = new Element("body");
    Map<List<String>, Element> folderElements = new LinkedHashMap<>();
    folderElements.put(List.of(), body);
    for (OpmlFeed feed : feeds) {
      Element outline =
          new Element("outline")
              .setAttribute("type", "rss")
              .setAttribute("text", nullToEmpty(feed.title()))
              .setAttribute("xmlUrl", feed.xmlUrl());
      if (feed.title() != null) {
        outline.setAttribute("title", feed.title());
      }
      if (feed.htmlUrl() != null) {
        outline.setAttribute("htmlUrl", feed.htmlUrl());
      }
      folder(folderElements, feed.folders()).addContent(outline);
    }
    Element opml = new Element("opml").setAttribute("version", "2.0");
    opml.addContent(head).addContent(body);
    return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8"))
        .outputString(new Document(opml));
  }

  private static Element folder(Map<List<String>, Element> known, List<String> path) {
    Element existing = known.get(path);
    if (existing != null) {
      return existing;
    }
    Element parent = folder(known, path.subList(0, path.size() - 1));
    String name = path.get(path.size() - 1);
    Element created = new Element("outline").setAttribute("text", name).setAttribute("title", name);
    parent.addContent(created);
    known.put(List.copyOf(path), created);
    return created;
  }

  /**
   * The names of a list read (its title, feeds' and folders' titles) repaired where UTF-8 was read
   * as windows-1256, once parsed, and judged on those names alone. Repairing the document's text
   * before parsing, as feeds are, makes a name depend on the markup and control characters around
   * it, so a list written back ({@link #write}) and read again could be repaired differently from
   * the first reading; judged on the names, the second reading sees what the first one gave.
   */
  private static final class MisreadNames {
    private final Map<String, MojibakeRepair.Result> repairs = new LinkedHashMap<>();

    static Opml.Subscriptions repaired(Opml.Subscriptions read) {
      StringBuilder names = new StringBuilder(nullToEmpty(read.title()));
      for (OpmlFeed feed : read.feeds()) {
        names.append('\n').append(nullToEmpty(feed.title()));
        feed.folders().forEach(folder -> names.append('\n').append(folder));
      }
      MojibakeRepair.Result found = MojibakeRepair.repairWhereMisread(names.toString());
      if (found.repaired() + found.unrepaired() == 0) {
        return read;
      }
      MisreadNames repairs = new MisreadNames();
      List<OpmlFeed> feeds = new ArrayList<>();
      for (OpmlFeed feed : read.feeds()) {
        feeds.add(
            new OpmlFeed(
                repairs.of(feed.title()),
                feed.xmlUrl(),
                feed.htmlUrl(),
                feed.folders().stream().map(repairs::of).toList()));
      }
      String title = repairs.of(read.title());
      List<String> problems = new ArrayList<>(read.problems());
      repairs.report(problems);
      return new Opml.Subscriptions(title, feeds, problems);
    }

    private String of(String name) {
      if (name == null || name.isEmpty()) {
        return name;
      }
      String repaired = repairs.computeIfAbsent(name, MojibakeRepair::repair).text();
      return name.equals(repaired) ? name : nullToEmpty(blankToNull(repaired));
    }

    private void report(List<String> problems) {
      int repaired = repairs.values().stream().mapToInt(MojibakeRepair.Result::repaired).sum();
      int left = repairs.values().stream().mapToInt(MojibakeRepair.Result::unrepaired).sum();
      if (repaired > 0) {
        problems.add("mojibake (UTF-8 read as windows-1256) repaired in " + repaired + " names");
      }
      if (left > 0) {
        problems.add("mojibake (UTF-8 read as windows-1256) left in " + left + " names");
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
