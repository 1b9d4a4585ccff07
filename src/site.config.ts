/**
 * Site identity: the one place an organization edits to make the portal its own.
 * Everything here is example data for the fictional 清源县 organization.
 */
export const SITE = {
  /** Site title shown in the header and in every page title. */
  title: '流动党员学习园地',
  /** Default meta description. */
  description:
    '清源县流动党员学习园地：在外也能学党章、读政策、找组织。课程、政策文件、党员故事和报到指南，手机上随时学。',
  /** The organization that runs the portal. */
  organization: '中共清源县委组织部（示例）',
  /** Public address of the deployed site, used for absolute links (feeds, QR codes). */
  url: process.env.SITE_URL ?? 'https://example.org',
  /**
   * Sub-path the site is served under, e.g. '/portal'. '/' for the domain root.
   * The SITE_BASE environment variable overrides it (used by the sub-path test build).
   */
  base: process.env.SITE_BASE ?? '/',
  /** The organization's time zone (IANA): the default for events and the calendar feed. */
  timeZone: 'Asia/Shanghai',
  /**
   * The organization's recurring duties: the subscribable calendar /events/duties.ics (主题党日,
   * study, 党费) and the calendar file a member makes on 我的学习 from the ones that apply to them.
   * A day of the month is { monthDay: 1–28 } or { week: 1–4 or -1 (最后一个), weekday: 1–7
   * (1 = 周一 … 7 = 周日) }. Reminders are durations before the start: '-P1D' a day before,
   * '-PT1H' an hour before; for whole-day duties '-PT15H' is 9:00 the day before and 'PT9H'
   * 9:00 on the day. Set a duty to false to leave it out. src/lib/duties.ts checks this block at
   * build and names any mistake.
   */
  duties: {
    /** Zone of the meeting times; one offset all year (Asia/Shanghai). */
    timeZone: 'Asia/Shanghai',
    /** The month this schedule took effect (YYYY-MM): the subscribable calendar starts there. */
    since: '2026-01',
    /** 主题党日: every month's first Friday, 19:30–21:00 (示例). */
    partyDay: { day: { week: 1, weekday: 5 }, time: '19:30', minutes: 90, reminders: ['-P1D', '-PT1H'] },
    /** Regular study session: every month's third Sunday, 09:00–10:00 (示例). */
    study: { day: { week: 3, weekday: 7 }, time: '09:00', minutes: 60, reminders: ['-P1D'] },
    /** 党费: a reminder on the 5th of every month, at 9:00 that day (示例). */
    dues: { day: { monthDay: 5 }, reminders: ['PT9H'] },
    /** Members abroad get in touch every six months; reminded a week before and on the day. */
    abroadContact: { months: 6, reminders: ['-P7D', 'PT9H'] },
    /** Report in within 30 days of arriving (an outcome page may say otherwise). */
    reportIn: { days: 30, reminders: ['-P7D', '-P1D'] },
  },
  /** Contact block in the footer. */
  contact: {
    office: '县委组织部流动党员服务中心（示例）',
    phone: '0000-1234567',
    email: 'ldfw@example.org',
    address: '清源县人民路 1 号（示例地址）',
    hours: '工作日 8:30–12:00，14:30–17:30',
  },
  /**
   * Sites whose pages editors may embed in an iframe (https origins, e.g. a provincial video
   * platform). Empty: no embeds, and no page loads anything from another site. Every other
   * iframe in content is removed at build time (src/lib/sanitize-html.ts). SITE_FRAME_ORIGINS
   * (comma-separated) overrides it, as the hostile-content test build does.
   */
  frameOrigins: (process.env.SITE_FRAME_ORIGINS?.split(',').filter(Boolean) ?? []) as readonly string[],
  /**
   * A shared law library (README: 共享法规库): the national laws built once by a province as their
   * own site, searched together with this portal's content, and where citations of laws this
   * portal does not hold link to. `url` is the library's base: a path on this site ('/library/')
   * or an https address, which the pages' CSP then allows for the search's requests, and nothing
   * else. `manifest` is a copy of the library's library.json, read at build time (builds have no
   * internet). Both empty: no library, and the search makes no request for one. LIBRARY_URL and
   * LIBRARY_MANIFEST override them. `publish` (LIBRARY_PUBLISH=1) makes this build a library: it
   * writes library.json for the portals. src/lib/library.ts checks this block at build.
   */
  library: {
    url: process.env.LIBRARY_URL ?? '',
    manifest: process.env.LIBRARY_MANIFEST ?? '',
    publish: process.env.LIBRARY_PUBLISH === '1',
  },
  /**
   * Decap CMS at /admin/ (README: "Editing through the CMS"). `backend` is Decap's backend
   * block for the organization's Git host; the example is GitLab with PKCE, which needs no
   * server of its own: register an OAuth application on the GitLab instance and put its
   * application ID here. Forgejo (`forgejo`, with api_root) works the same way; GitHub needs an
   * OAuth endpoint (base_url). src/cms/backend.ts checks this block at build.
   */
  cms: {
    backend: {
      name: 'gitlab',
      repo: 'example-org/liudong-portal',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'replace-with-your-gitlab-application-id',
      base_url: 'https://gitlab.com',
    } as Record<string, unknown>,
    /** Draft → in review → ready before publishing (Git backends; decap-server's file mode has none). */
    editorialWorkflow: true,
    /** Largest file an editor may upload into public/uploads. */
    maxUploadBytes: 5 * 1024 * 1024,
    /** Port of decap-server for `npm run cms` (CMS_LOCAL_PORT overrides it). */
    localBackendPort: Number(process.env.CMS_LOCAL_PORT ?? 8081),
  },
  /**
   * The "示例" banner above every page, saying the content is example data. An organization that
   * has put in its own content sets this to false (README: 本单位怎样配置). SITE_EXAMPLE_BANNER=off
   * turns it off for one build, as the banner's build test does.
   */
  exampleBanner: process.env.SITE_EXAMPLE_BANNER !== 'off',
  /** Listing page size. */
  pageSize: 20,
  /** Main navigation: label keys from the strings file and site-relative paths. */
  nav: [
    { key: 'nav.home', path: '/' },
    { key: 'nav.courses', path: '/courses/' },
    { key: 'nav.policies', path: '/policies/' },
    { key: 'nav.events', path: '/events/' },
    { key: 'nav.services', path: '/services/' },
    { key: 'nav.stations', path: '/stations/' },
    { key: 'nav.stories', path: '/stories/' },
    { key: 'nav.projects', path: '/hometown/' },
    { key: 'nav.me', path: '/me/' },
    { key: 'nav.report', path: '/report-in/' },
    { key: 'nav.about', path: '/about/' },
  ],
} as const;
