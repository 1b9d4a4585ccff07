import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { CONTENT_COMPONENTS } from '../../../src/lib/content-components';
import { isAllowedFrame, isOwnResource, isSafeLink, sanitizeHtml } from '../../../src/lib/sanitize-html';

const FILE = new URL('file:///site/content/stories/hostile.md');

/** Renders Markdown as the site does (raw HTML parsed into elements) and collects the reports. */
function render(markdown: string, frameOrigins: string[] = []) {
  const reports: string[] = [];
  const plugin = sanitizeHtml({
    frameOrigins,
    report: (m) => reports.push(m),
    frameTitle: '嵌入内容',
    siteOrigin: 'https://example.org',
  });
  const { html } = markdownToHtml(markdown, {
    hastPlugins: [plugin],
    features: { gfm: true, rawHtml: true },
    fileURL: FILE,
  }) as { html: string };
  return { html: html.trim(), reports };
}

function compileMdx(mdx: string) {
  const reports: string[] = [];
  const plugin = sanitizeHtml({
    frameOrigins: [],
    report: (m) => reports.push(m),
    frameTitle: '嵌入内容',
    components: CONTENT_COMPONENTS,
  });
  const { code } = mdxToJs(mdx, {
    hastPlugins: [plugin],
    fileURL: new URL('file:///site/content/lessons/hostile.mdx'),
  }) as { code: string };
  return { code, reports };
}

describe('sanitizeHtml on Markdown', () => {
  test('drops a script with its content and reports it with the file', () => {
    const { html, reports } = render('正文\n\n<script>alert("x")</script>\n\n结尾');
    expect(html).not.toMatch(/script|alert/);
    expect(html).toContain('结尾');
    expect(reports).toEqual(['content/stories/hostile.md: removed <script>']);
  });

  test('drops style, forms, plugins, SVG and MathML', () => {
    const { html } = render(
      '<style>body{display:none}</style>\n\n<form action="https://evil.example"><input name="q"><button>发</button></form>\n\n' +
        '<object data="x.swf"></object><embed src="x.swf">\n\n<svg><script>alert(1)</script></svg>\n\n<math><mi>x</mi></math>\n\n留下',
    );
    expect(html).not.toMatch(/<(style|form|input|button|object|embed|svg|math|script)\b/);
    expect(html).not.toContain('display:none');
    expect(html).toContain('留下');
  });

  test('removes event-handler attributes in any case and keeps the element', () => {
    const { html, reports } = render('<p onclick="alert(1)" OnMouseOver="x()">段落 <b onfocus="y()">加粗</b></p>');
    expect(html).toBe('<p>段落 <b>加粗</b></p>');
    expect(reports).toContain('content/stories/hostile.md: removed onClick from <p>');
  });

  test('removes style, srcdoc and data attributes', () => {
    const { html } = render('<div style="position:fixed" data-terms="x" title="提示">注意</div>');
    expect(html).toBe('<div title="提示">注意</div>');
  });

  test('removes javascript:, vbscript: and data: links, however they are spelled', () => {
    const { html } = render(
      '[点我](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">二</a> <a href="java&#x09;script:alert(3)">三</a> ' +
        '<a href="  vbscript:msgbox(4)">四</a> <a href="data:text/html,<script>alert(5)</script>">五</a>',
    );
    expect(html).not.toMatch(/href/);
    expect(html).toContain('点我');
  });

  test('keeps web, mail, phone, relative and fragment links', () => {
    const { html } = render(
      '[政策](/policies/x/) [条](#art-3) [网](https://www.gov.cn/) [信](mailto:a@example.org) [电](tel:12333)',
    );
    expect(html.match(/href=/g)).toHaveLength(5);
  });

  test('drops images and media from other sites and keeps the site’s own', () => {
    const { html, reports } = render(
      '![外链](https://tracker.example/p.gif) ![本站](/uploads/a.jpg) <img src="https://example.org/uploads/b.png" alt="本站绝对"> ' +
        '<img src="x" onerror="alert(1)" alt="坏"> <video src="https://cdn.example/v.mp4"></video>',
    );
    expect(html).not.toContain('tracker.example');
    expect(html).not.toContain('cdn.example');
    expect(html).not.toContain('onerror');
    expect(html).toContain('src="/uploads/a.jpg"');
    expect(html).toContain('src="https://example.org/uploads/b.png"');
    expect(reports.some((r) => r.includes('removed <img src="https://tracker.example/p.gif">'))).toBe(true);
  });

  test('unwraps unknown elements and keeps their text', () => {
    const { html } = render('<font color="red">红字 **加粗**</font> <marquee>滚动</marquee>');
    expect(html).not.toMatch(/font|marquee/);
    expect(html).toContain('红字');
    expect(html).toContain('<strong>加粗</strong>');
    expect(html).toContain('滚动');
  });

  test('drops an iframe whose origin is not allowed', () => {
    const { html, reports } = render('<iframe src="https://evil.example/x"></iframe>\n\n正文', [
      'https://video.example.org',
    ]);
    expect(html).not.toContain('iframe');
    expect(reports).toEqual(['content/stories/hostile.md: removed <iframe src="https://evil.example/x">']);
  });

  test('keeps an iframe from an allowed origin, sandboxed and lazy, with a title', () => {
    const { html } = render('<iframe src="https://video.example.org/embed/1" onload="x()" srcdoc="<b>"></iframe>', [
      'https://video.example.org',
    ]);
    expect(html).toContain('src="https://video.example.org/embed/1"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('title="嵌入内容"');
    expect(html).not.toMatch(/onload|srcdoc/);
  });

  test('an allowed origin over http, or on a look-alike host, is not allowed', () => {
    expect(isAllowedFrame('http://video.example.org/1', ['https://video.example.org'])).toBe(false);
    expect(isAllowedFrame('https://video.example.org.evil.example/1', ['https://video.example.org'])).toBe(false);
  });

  test('turns GFM column alignment into classes, since the CSP forbids style attributes', () => {
    const { html } = render('| 项目 | 金额 |\n|:-:|--:|\n| 党费 | 12 |');
    expect(html).toContain('<th class="app-align-center">项目</th>');
    expect(html).toContain('<td class="app-align-right">12</td>');
    expect(html).not.toContain('style=');
  });

  test('drops HTML comments', () => {
    expect(render('正文<!-- 内部备注：待审核 -->').html).toBe('<p>正文</p>');
  });

  test('keeps a GFM task-list checkbox', () => {
    expect(render('- [x] 已报到').html).toContain('<input type="checkbox" checked disabled');
  });
});

describe('sanitizeHtml on MDX', () => {
  test('cleans lowercase tags and leaves the site’s components alone', () => {
    const { code, reports } = compileMdx(
      '<p onClick="alert(1)" title="lead">导语</p>\n\n<KeyPoints>\n\n要点\n\n</KeyPoints>\n\n<a href="javascript:alert(2)">链接</a>\n',
    );
    expect(code).not.toMatch(/onClick|javascript:/);
    expect(code).toMatch(/\btitle: "lead"/);
    expect(code).toContain('KeyPoints');
    expect(reports).toContain('content/lessons/hostile.mdx: removed onClick from <p>');
  });

  test('refuses attributes written as expressions and spreads, on any tag', () => {
    expect(() => compileMdx('<div title="甲" data-x={1}>文字</div>\n')).toThrow(
      /content\/lessons\/hostile\.mdx: The attribute data-x=\{…\} on <div> is not allowed/,
    );
    expect(() => compileMdx('<span {...props}>文字</span>\n')).toThrow(/A \{\.\.\.spread\} on <span>/);
  });

  test('drops a script tag written in MDX', () => {
    expect(compileMdx('<script>alert(1)</script>\n\n正文\n').code).not.toContain('alert');
  });

  test('refuses imports, naming the file', () => {
    expect(() => compileMdx('import fs from "node:fs"\n\n正文\n')).toThrow(
      /content\/lessons\/hostile\.mdx: An import or export is not allowed/,
    );
  });

  test('refuses expressions, which would run at build time, but allows comments', () => {
    expect(() => compileMdx('正文 {process.exit(1)}\n')).toThrow(/A \{…\} expression is not allowed/);
    expect(compileMdx('{/* 编辑备注 */}\n\n正文\n').code).toContain('正文');
  });
});

describe('URL rules', () => {
  test('isSafeLink', () => {
    expect(isSafeLink('https://www.gov.cn/')).toBe(true);
    expect(isSafeLink('javascript:void(0)')).toBe(false);
    expect(isSafeLink('\u0001javascript:x')).toBe(false);
  });

  test('isOwnResource allows inline images but not inline documents', () => {
    expect(isOwnResource('data:image/png;base64,AAAA', 'img')).toBe(true);
    expect(isOwnResource('data:text/html;base64,AAAA', 'img')).toBe(false);
    expect(isOwnResource('//evil.example/x.png', 'img')).toBe(false);
  });
});

// The inputs of the content-safety review (issue 14), each as it was tried.
describe('code in MDX never runs: component attributes are text', () => {
  test('an attribute expression on a site component is refused, naming the file and the attribute', () => {
    expect(() =>
      compileMdx(
        "<KeyPoints title={process.getBuiltinModule('fs').writeFileSync('x','x') ?? 'T'}>\n\n要点\n\n</KeyPoints>\n",
      ),
    ).toThrow(/content\/lessons\/hostile\.mdx: The attribute title=\{…\} on <KeyPoints> is not allowed/);
  });

  test('a spread on a site component is refused', () => {
    expect(() => compileMdx('<Question {...process.env}>\n\n想一想\n\n</Question>\n')).toThrow(
      /content\/lessons\/hostile\.mdx: A \{\.\.\.spread\} on <Question> is not allowed/,
    );
  });

  test('a component nested in an unwrapped tag gets the same rules', () => {
    expect(() => compileMdx('<font><KeyPoints title={globalThis.x}>要点</KeyPoints></font>\n')).toThrow(
      /title=\{…\} on <KeyPoints>/,
    );
  });

  test('<Fragment set:html> and any other component the site does not provide are refused', () => {
    expect(() =>
      compileMdx('<Fragment set:html="<meta http-equiv=refresh content=\'0;url=https://foreign.example/\'>" />\n'),
    ).toThrow(/<Fragment> is not allowed in a content body/);
    expect(() => compileMdx('<Content />\n')).toThrow(/<Content> is not allowed/);
    expect(() => compileMdx('<x.y>文字</x.y>\n')).toThrow(/<x\.y> is not allowed/);
  });

  test('a component keeps its literal title and loses attributes it does not take', () => {
    const { code, reports } = compileMdx('<KeyPoints title="本课要点" set:html="<b>x</b>">\n\n要点\n\n</KeyPoints>\n');
    expect(code).toContain('title: "本课要点"');
    expect(code).not.toContain('set:html');
    expect(reports).toContain('content/lessons/hostile.mdx: removed set:html from <KeyPoints>');
  });
});

describe('children of unwrapped tags get the same rules', () => {
  test.each([
    ['<font><img src="/x.png" onerror="alert(1)"></font>', /onerror/i],
    ['<center><a href="javascript:alert(1)">链接</a></center>', /javascript:/i],
    ['<font><iframe src="https://foreign.example/"></iframe></font>', /foreign\.example|iframe/],
    [
      '<picture><source srcset="https://foreign.example/a.png"><img src="https://foreign.example/b.png"></picture>',
      /foreign\.example/,
    ],
    ['<center><center><b onclick="x()">深</b></center></center>', /onclick/i],
  ])('in Markdown: %s', (input, bad) => {
    const { html } = render(`正文\n\n${input}\n`);
    expect(html).not.toMatch(bad);
    expect(html).toContain('正文');
  });

  test.each([
    ['<font><img src="/x.png" onError="alert(1)" /></font>', /onError/],
    ['<center><a href="javascript:alert(1)">链接</a></center>', /javascript:/],
    ['<font><iframe src="https://foreign.example/"></iframe></font>', /foreign\.example/],
    ['<KeyPoints><font><img src="/x.png" onError="alert(1)" /></font></KeyPoints>', /onError/],
  ])('in MDX: %s', (input, bad) => {
    expect(compileMdx(`${input}\n`).code).not.toMatch(bad);
  });

  test('the text inside an unwrapped tag stays, and the report names what went', () => {
    const { html, reports } = render('<font color="red">保留<img src="/x.png" onerror="alert(1)"></font>');
    expect(html).toBe('<p>保留<img src="/x.png"></p>');
    expect(reports).toEqual([
      'content/stories/hostile.md: removed <font> (its content kept)',
      'content/stories/hostile.md: removed onError from <img>',
    ]);
  });

  test('an orphan <source> is dropped, and one whose srcset was its only address too', () => {
    const { html, reports } = render(
      '<picture><source srcset="/a.webp"><img src="/a.png" alt="图"></picture>\n\n<video controls><source srcset="/v.mp4"><source src="/v.mp4"></video>',
    );
    expect(html.match(/<source/g)).toHaveLength(1);
    expect(html).toContain('<source src="/v.mp4">');
    expect(reports).toContain('content/stories/hostile.md: removed <source> outside audio or video');
  });
});

describe('content cannot restyle or re-label the page', () => {
  test('classes from content go, so no utility can cover the screen', () => {
    const { html, reports } = render('<div class="fixed inset-0 z-50 bg-black">遮住整页</div>');
    expect(html).toBe('<div>遮住整页</div>');
    expect(reports).toContain('content/stories/hostile.md: removed class="fixed inset-0 z-50 bg-black" from <div>');
  });

  test('ids from content are prefixed, so they cannot clash with the page’s own; links to them follow', () => {
    const { html } = render('<p id="main">正文</p>\n\n<a href="#main">到正文</a> <a id="art-3"></a> [第三条](#art-3)');
    expect(html).toContain('<p id="user-content-main">');
    expect(html).toContain('<a href="#user-content-main">');
    // A link to an article anchor the page provides is left alone… unless the content itself
    // wrote that id, which now points at the content's own element.
    expect(html).toContain('id="user-content-art-3"');
  });

  test('a link to the page’s own article anchors stays as written', () => {
    expect(render('见[第三条](#art-3)。').html).toContain('href="#art-3"');
  });

  test('footnotes keep their markup and ids', () => {
    const { html, reports } = render('正文[^1]\n\n[^1]: 注释。');
    expect(html).toContain('class="footnotes"');
    expect(html).toContain('id="user-content-fn-1"');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(reports).toEqual([]);
  });
});
