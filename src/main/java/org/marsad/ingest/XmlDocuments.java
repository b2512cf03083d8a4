package org.marsad.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

/**
 * Parses feed XML safely and leniently into JDOM (the tree Rome reads).
 *
 * <p>Safe: DOCTYPE declarations are refused by the strict parser, so no entity is ever expanded and
 * no external DTD or entity is ever fetched. A document whose prolog declares entities ({@code
 * <!ENTITY}: the "billion laughs" bomb, XXE) is refused outright. A plain DOCTYPE (RSS 0.91's
 * Netscape DTD, XHTML) is removed and the document parsed again.
 *
 * <p>Lenient: a document that is still not well-formed (a raw {@code &}, an unclosed tag, a cut
 * body) is read by jsoup's forgiving XML parser, written back as well-formed XML and parsed again
 * (strictly, so the same safety holds), with a problem noting it. A document known to be cut (the
 * fetch stopped at its byte cap) is repaired the same way without that problem: its missing end is
 * the cut, which the caller reports, not malformed XML.
 */
final class XmlDocuments {
  private static final Pattern DOCTYPE =
      Pattern.compile(
          "<!DOCTYPE[^>\\[]*(\\[.*?\\])?\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * Feeds nest a few levels (plus some HTML in descriptions); thousands of levels are an attack on
   * the recursive code downstream (Rome, JDOM output).
   */
  static final int MAX_ELEMENT_DEPTH = 256;

  private static final String MAX_ELEMENT_DEPTH_PROPERTY = "jdk.xml.maxElementDepth";
  private static final Pattern FIRST_START_TAG = Pattern.compile("<[A-Za-z_]");
  private static final String ENTITY_DECLARATION = "<!entity";

  private XmlDocuments() {}

  /** A parsed document (null when refused) and what went wrong on the way. */
  record Parsed(org.jdom2.Document document, List<String> problems) {}

  static Parsed parse(String text, String baseUrl) {
    return parse(text, baseUrl, false);
  }

  /**
   * @param cut true when the text is the start of a longer document
   */
  static Parsed parse(String text, String baseUrl, boolean cut) {
    List<String> problems = new ArrayList<>();
    try {
      return new Parsed(strict(text), problems);
    } catch (JDOMException | IOException first) {
      String prolog = prolog(text);
      if (prolog.toLowerCase(Locale.ROOT).contains(ENTITY_DECLARATION)) {
        problems.add("refused: the document declares XML entities (entity bomb or XXE risk)");
        return new Parsed(null, problems);
      }
      Exception last = first;
      String withoutDoctype = DOCTYPE.matcher(text).replaceFirst("");
      if (withoutDoctype.length() != text.length()) {
        try {
          return new Parsed(strict(withoutDoctype), problems);
        } catch (JDOMException | IOException second) {
          last = second;
        }
      }
      if (!cut) {
        problems.add("malformed XML (" + oneLine(last) + "); read leniently");
      }
      try {
        return new Parsed(strict(repaired(withoutDoctype, baseUrl)), problems);
      } catch (JDOMException | IOException beyondRepair) {
        problems.add("not a feed: XML beyond repair (" + oneLine(beyondRepair) + ")");
        return new Parsed(null, problems);
      }
    }
  }

  private static org.jdom2.Document strict(String text) throws JDOMException, IOException {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setProperty(MAX_ELEMENT_DEPTH_PROPERTY, String.valueOf(MAX_ELEMENT_DEPTH));
    builder.setExpandEntities(false);
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    try {
      return builder.build(new StringReader(text));
    } catch (IllegalArgumentException notLegalInJdom) {
      // JDOM refuses some XML the parser accepts, e.g. a processing instruction <?rdf:li ...?>
      // (a colon in its target): one more way to be malformed, not a crash.
      throw new JDOMException(notLegalInJdom.getMessage(), notLegalInJdom);
    }
  }

  /** The document as jsoup's forgiving XML parser understood it, written back as proper XML. */
  private static String repaired(String text, String baseUrl) {
    Document soup = Jsoup.parse(text, baseUrl == null ? "" : baseUrl, Parser.xmlParser());
    soup.outputSettings()
        .syntax(Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .charset(StandardCharsets.UTF_8)
        .prettyPrint(false);
    return soup.outerHtml();
  }

  /**
   * The text before the first element start tag: declaration, comments, DOCTYPE. Only a guess (a
   * comment could hold a tag); safety does not rest on it, since DOCTYPEs are never processed.
   */
  private static String prolog(String text) {
    Matcher firstTag = FIRST_START_TAG.matcher(text);
    return firstTag.find() ? text.substring(0, firstTag.start()) : text;
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }
}
