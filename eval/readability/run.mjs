// Mozilla Readability over a directory of pages, writing predictions in the truth file's shape:
//   node run.mjs PAGES_DIR TRUTH.json OUT.json
// Pages are <id>.html or <id>.html.gz. As in the benchmark's own harness (extractors/run_readability_js.py
// in scrapinghub/article-extraction-benchmark), jsdom gets the page as a string decoded from UTF-8;
// given raw bytes, jsdom only looks for a charset in the first 1024 bytes and otherwise decodes as
// windows-1252, which garbles most of these pages. Bytes that are not valid UTF-8 are left to jsdom's
// own sniffing. Prints pages/s over the extraction loop (parse + Readability), one thread.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [pagesDir, truthFile, outFile] = process.argv.slice(2);
if (!pagesDir || !truthFile || !outFile) {
  console.error("usage: node run.mjs PAGES_DIR TRUTH.json OUT.json");
  process.exit(2);
}
const truth = JSON.parse(readFileSync(truthFile, "utf8"));
const quiet = new VirtualConsole();
const utf8 = new TextDecoder("utf-8", { fatal: true });

function decoded(bytes) {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes;
  }
}

const out = {};
let seconds = 0;
for (const [id, { url }] of Object.entries(truth)) {
  const plain = join(pagesDir, `${id}.html`);
  const bytes = existsSync(plain) ? readFileSync(plain) : gunzipSync(readFileSync(`${plain}.gz`));
  const start = process.hrtime.bigint();
  let body = "";
  try {
    const dom = new JSDOM(decoded(bytes), { url: url || "http://localhost/", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    body = article && article.textContent ? article.textContent.trim() : "";
    dom.window.close();
  } catch (e) {
    console.error(`readability failed on ${id}: ${e.message}`);
  }
  seconds += Number(process.hrtime.bigint() - start) / 1e9;
  out[id] = { articleBody: body, url: url ?? null };
}
writeFileSync(outFile, JSON.stringify(out, null, 1));
const n = Object.keys(out).length;
console.log(`readability.js\tpages=${n}\tpages/s=${(n / seconds).toFixed(0)}`);
