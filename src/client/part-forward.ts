/**
 * On the contents page of a document served in parts (src/components/PolicyContents.astro): an
 * address made before the split (#art-1000, #art-10-1, or a heading's #part-3-ch-9) goes on to
 * the part holding it, with the search words (?hl=). The deepest contents line whose article
 * range holds the article (a 章 rather than its 编) or whose link names the heading wins.
 * A string, inline (the CSP admits it by its hash, PolicyView.astro): it must run before the
 * reader starts on the contents, not after a module loads; and it is the same on every such
 * page, so the hash never changes.
 */
export const PART_FORWARD_SCRIPT =
  '(function(){var h=decodeURIComponent(location.hash.slice(1));if(!h)return;' +
  'var m=/^art-(\\d+)(?:-\\d+)?$/.exec(h),n=m?+m[1]:NaN,t;' +
  "document.querySelectorAll('[data-policy-contents] a').forEach(function(a){" +
  "var r=(a.getAttribute('data-articles')||'').split('-');" +
  "if(m?+r[0]<=n&&n<=+r[1]:decodeURIComponent(a.hash)==='#'+h)t=a});" +
  "if(t)location.replace(t.pathname+location.search+'#'+h)})()";
