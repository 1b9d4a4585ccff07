// Arriving from a search result (…/?hl=试用期#art-19): the words searched for are highlighted
// in the text with the CSS Custom Highlight API, which leaves the page's markup untouched.
import { boundTerms } from '../search/bounds';
import { MAX_HIGHLIGHTS, termOffsets } from '../search/highlight';

const terms = boundTerms(new URLSearchParams(location.search).get('hl')?.split(' ') ?? []);
const root = document.querySelector('[data-pagefind-body]');
if (terms.length > 0 && root && 'highlights' in CSS) {
  // Ranges are added one by one: spreading thousands into the constructor overflows the stack.
  const highlight = new Highlight();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && highlight.size < MAX_HIGHLIGHTS; node = walker.nextNode()) {
    for (const [start, end] of termOffsets(node.textContent ?? '', terms, MAX_HIGHLIGHTS - highlight.size)) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      highlight.add(range);
    }
  }
  CSS.highlights.set('search-terms', highlight);
}
