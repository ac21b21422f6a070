/* Lessons kept on the phone. portal.offline serves this at /sw.js after VERSION and SHELL;
   other parts may follow and add their own listeners. Caches named "personal-..." belong to a
   person and are cleared at sign-out; this part keeps only public pages, in SITE. */
const SITE = "site-" + VERSION, CAP = 25e6, WAIT = 4e3;
const AT = "x-kept-at", FOR = "x-kept-for", SIZE = "x-kept-size", NAME = "x-kept-title", SRC = "x-kept-src";
const ASSET = /^\/(static|media\/images)\//;
const open = () => caches.open(SITE);
const entries = async (c) => Promise.all((await c.keys()).map(async (q) => [q.url, (await c.match(q)).headers]));

self.addEventListener("install", (e) => e.waitUntil(open().then((c) => c.addAll(SHELL)).then(() => self.skipWaiting())));

// A new deploy gets a new cache: what the person kept moves over, the old shell goes.
self.addEventListener("activate", (e) => e.waitUntil((async () => {
  const c = await open();
  for (const name of await caches.keys()) {
    if (!name.startsWith("site-") || name === SITE) continue;
    const old = await caches.open(name);
    for (const q of await old.keys()) {
      const r = await old.match(q);
      if (r.headers.has(AT) && !(await c.match(q))) await c.put(q, r);
    }
    await caches.delete(name);
  }
  await self.clients.claim();
})()));

// Public pages only: never an answer about a person (private, no-store).
const keepable = (r) => r.ok && r.type === "basic" && !/private|no-store/.test(r.headers.get("Cache-Control"));

async function keep(url, r, group, src) {
  const h = new Headers(r.headers), c = await open(), old = await c.match(url);
  let body = await r.blob();
  if (/html/.test(h.get("Content-Type"))) {
    const t = (await body.text()).replace(/<!--personal-->[\s\S]*?<!--\/personal-->/g, "").replace('data-kept=""', `data-kept="${Date.now()}"`);
    if (/<body class="(lesson|topic)"/.test(t)) h.set(NAME, encodeURIComponent(t.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)[1].replace(/<[^>]+>/g, "")));
    body = new Blob([t]);
  }
  const groups = new Set(((old && old.headers.get(FOR)) || "").split(" ").filter(Boolean));
  if (group) groups.add(group);
  h.set(FOR, [...groups].join(" "));
  if (src || (old && old.headers.get(SRC))) h.set(SRC, src || old.headers.get(SRC));
  h.set(AT, Date.now());
  h.set(SIZE, body.size);
  h.delete("Vary");
  await c.put(url, new Response(body, { status: r.status, headers: h }));
}

// Within the cap: the oldest pages kept by themselves go first, never what was saved.
async function trim() {
  const c = await open(), all = await entries(c);
  let total = all.reduce((s, [, h]) => s + +(h.get(SIZE) || 0), 0);
  for (const [u, h] of all.filter(([, h]) => h.has(AT) && !h.get(FOR)).sort((a, b) => a[1].get(AT) - b[1].get(AT))) {
    if (total <= CAP) break;
    await c.delete(u);
    total -= +h.get(SIZE);
  }
}

async function page(e) {
  const q = e.request, u = new URL(q.url), net = fetch(q);
  if (!u.search) e.waitUntil(net.then((r) => keepable(r) && /html/.test(r.headers.get("Content-Type")) && keep(q.url, r.clone()).then(trim)).catch(() => {}));
  const kept = () => caches.match(q.url, { ignoreVary: true });
  const slow = new Promise((ok) => setTimeout(ok, WAIT)).then(kept).then((r) => r || net);
  try {
    return await Promise.race([net, slow]);
  } catch {
    return (await kept()) || caches.match(SHELL[0]);
  }
}

async function asset(e) {
  const q = e.request, hit = await caches.match(q.url, { ignoreVary: true });
  if (hit) return hit;
  const r = await fetch(q);
  if (keepable(r)) e.waitUntil(keep(q.url, r.clone()).catch(() => {}));
  return r;
}

async function part(q, r) {
  const m = /bytes=(\d+)-(\d*)/.exec(q.headers.get("Range"));
  if (!m) return r;
  const b = await r.blob(), s = +m[1], end = m[2] ? Math.min(+m[2], b.size - 1) : b.size - 1;
  const h = { "Content-Type": r.headers.get("Content-Type"), "Content-Range": `bytes ${s}-${end}/${b.size}` };
  return new Response(b.slice(s, end + 1), { status: 206, headers: h });
}

self.addEventListener("fetch", (e) => {
  const q = e.request, u = new URL(q.url);
  if (q.method !== "GET" || u.origin !== location.origin || u.pathname.startsWith("/admin/")) return;
  if (q.mode === "navigate") e.respondWith(page(e));
  else if (ASSET.test(u.pathname)) e.respondWith(asset(e));
  // Videos and captions: only those the person chose to save, a part at a time as players ask.
  else if (/^\/(media|documents)\//.test(u.pathname)) e.respondWith(caches.match(q.url).then((r) => (r ? part(q, r) : fetch(q))));
});

// Saving a lesson or a topic: the list comes from /api/offline/<id>.json (portal's view).
async function save(src, video) {
  const b = await (await fetch(src, { cache: "no-cache" })).json();
  const list = [...b.items, ...(video ? b.videos : [])];
  for (const [url] of list) {
    if (SHELL.includes(url)) continue;
    const r = await fetch(url, { cache: "no-cache" });
    if (!keepable(r)) throw r.status;
    await keep(url, r, b.url, url === b.url ? src + "#" + b.version : "");
  }
  await trim();
  return b;
}

const groupsOf = (h) => (h.get(FOR) || "").split(" ").filter(Boolean);
const ops = {
  save: (d) => save(d.src, d.video),
  // The first page, opened before the worker ran: it and what it loaded.
  add: async (d) => {
    for (const u of d.urls) {
      const p = new URL(u);
      if (!u || p.origin !== location.origin || !(u === d.urls[0] ? !p.search : ASSET.test(p.pathname)) || (await caches.match(u))) continue;
      const r = await fetch(u).catch(() => ({}));
      if (keepable(r)) await keep(u, r);
    }
    await trim();
  },
  // Every kept lesson and topic; "saved" with its bytes when the person saved it.
  list: async () => {
    const all = await entries(await open()), size = {};
    for (const [, h] of all) for (const g of groupsOf(h)) size[g] = (size[g] || 0) + +h.get(SIZE);
    return all.filter(([, h]) => h.get(NAME)).map(([u, h]) => {
      const p = new URL(u).pathname;
      return { url: p, title: decodeURIComponent(h.get(NAME)), at: +h.get(AT), bytes: size[p] };
    });
  },
  drop: async (d) => {
    const c = await open();
    for (const [u, h] of await entries(c)) {
      const groups = groupsOf(h), rest = groups.filter((g) => g !== d.url);
      if (rest.length === groups.length) continue;
      if (!rest.length) await c.delete(u);
      else {
        const r = await c.match(u), h2 = new Headers(r.headers);
        h2.set(FOR, rest.join(" "));
        await c.put(u, new Response(await r.blob(), { status: r.status, headers: h2 }));
      }
    }
  },
  // Online again: a saved lesson or topic an editor has changed since is downloaded again.
  refresh: async () => {
    for (const [, h] of await entries(await open())) {
      const [src, version] = (h.get(SRC) || "").split("#");
      if (!src) continue;
      const b = await (await fetch(src, { cache: "no-cache" })).json();
      if (b.version !== version) await save(src, false);
    }
  },
};

self.addEventListener("message", (e) => {
  const d = e.data || {}, port = e.ports[0];
  if (!ops[d.keep] || !port) return;
  e.waitUntil(ops[d.keep](d).then((x) => port.postMessage({ ok: 1, x }), () => port.postMessage({ ok: 0 })));
});
