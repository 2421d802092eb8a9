// Renders Markdown as JupyterLab does (marked, GFM on) and prints every tag's URL-bearing
// attributes: used by tests/render to check rendered answers in the browser's own parser.
import { marked } from '../../extensions/node_modules/marked/lib/marked.esm.js';

let input = '';
process.stdin.on('data', d => (input += d));
process.stdin.on('end', () => {
  const docs = JSON.parse(input);
  const out = docs.map(md => {
    const html = marked.parse(md, { gfm: true, breaks: false });
    const tags = [];
    for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
      const attrs = {};
      for (const a of m[2].matchAll(/([a-zA-Z-:]+)\s*=\s*"([^"]*)"/g)) {
        attrs[a[1].toLowerCase()] = a[2];
      }
      tags.push({ tag: m[1].toLowerCase(), attrs });
    }
    return { html, tags };
  });
  process.stdout.write(JSON.stringify(out));
});
