package org.marsad.extract.eval;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.marsad.text.ArabicBytes;

/**
 * Turns an HTML page into plain text the way web-crawl text records (WET) are made: the title on
 * the first line, then the visible text with every block element and {@code <br>} ending a line, no
 * markup, no scripts or styles, blank lines dropped. So the dump parser can be measured on real
 * page layouts (menus, related lists, footers as lines of text) rather than on generated dumps.
 *
 * <p>Its block elements are listed here, not taken from the extractor's {@code HtmlTags}: the
 * evaluation makes its input the way a crawler does, independently of the code it measures.
 */
public final class WetText {

  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "br",
          "dd",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "table",
          "td",
          "th",
          "tr",
          "ul");

  private static final Set<String> INVISIBLE =
      Set.of("script", "style", "noscript", "template", "iframe", "svg", "head");

  private WetText() {}

  /** The WET-like text of a page's bytes (charset as Marsad reads pages). */
  public static String of(byte[] html) {
    Document doc = Jsoup.parse(ArabicBytes.decodeRepaired(html, null, problem -> {}).text());
    StringBuilder out = new StringBuilder();
    String title = doc.title().strip();
    if (!title.isEmpty()) {
      out.append(title).append('\n');
    }
    doc.select(String.join(",", INVISIBLE)).remove();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              line.append(t.getWholeText());
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush(line, out);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush(line, out);
            }
          }
        },
        doc.body());
    flush(line, out);
    return out.toString();
  }

  private static void flush(StringBuilder line, StringBuilder out) {
    String text = line.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    line.setLength(0);
    if (!text.isEmpty()) {
      out.append(text).append('\n');
    }
  }
}
