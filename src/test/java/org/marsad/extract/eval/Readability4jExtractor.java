package org.marsad.extract.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.marsad.extract.ArticleExtractor;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;

/**
 * readability4j (a port of Mozilla's Readability) behind Marsad's extractor interface: the baseline
 * the extraction evaluation runs side by side. jsoup chooses the charset, as it would for any
 * readability4j user. Evaluation only.
 */
public final class Readability4jExtractor implements ArticleExtractor {

  @Override
  public ExtractedArticle extract(Page page) {
    String url = page.url() == null ? "http://localhost/" : page.url();
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(page.bytes()), null, url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Article article = new Readability4J(url, doc).parse();
    String text = article.getTextContent() == null ? "" : article.getTextContent().strip();
    return new ExtractedArticle(
        article.getTitle(),
        text,
        text.isEmpty() ? List.of() : List.of(text),
        null,
        null,
        article.getByline(),
        page.url(),
        "und",
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
