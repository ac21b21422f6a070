// Forms kept on the phone when there is no connection (trainers' visits, quiz answers), sent
// once the connection is back. Without this script the forms POST as usual. The texts shown
// come from #queue's data- attributes (translated by Django). Records: IndexedDB "queue".
(() => {
  if (!self.indexedDB || !self.crypto || !crypto.randomUUID) return; // the forms just POST
  const d = document, Q = d.getElementById("queue"), S = Q ? Q.dataset : {}, me = S.owner;
  const T = "personal-trainer-", C = self.caches, W = navigator.serviceWorker;
  const kept = Q && "keep" in S && navigator.onLine && C && !d.querySelector(".errorlist,[role=alert]") &&
    d.documentElement.cloneNode(true); // a page to open offline (not one sent back to correct)
  const mine = (r) => r.owner == me;
  let db, busy;
  const store = (m) =>
    (db ||= new Promise((ok, no) => {
      const o = indexedDB.open("queue", 1);
      o.onupgradeneeded = () => o.result.createObjectStore("r", { keyPath: "id" });
      o.onsuccess = () => ok(o.result);
      o.onerror = no;
    })).then((b) => b.transaction("r", m).objectStore("r"));
  const req = (m, f) =>
    store(m).then((s) => new Promise((ok) => {
      const q = f(s);
      s.transaction.oncomplete = () => ok(q.result);
    }));
  const all = () => req("readonly", (s) => s.getAll());
  const put = (r) => req("readwrite", (s) => s.put(r));
  const del = (id) => req("readwrite", (s) => s.delete(id));
  const fmt = (t, n) => t.replace("{n}", n);
  const say = (t) => (Q.querySelector("[role=status]").textContent = t);
  const page = (t) => new Response(t, { headers: { "Content-Type": "text/html; charset=utf-8" } });
  const clear = (keep) =>
    C ? C.keys().then((ks) => Promise.all(ks.map((k) => k.startsWith(T) && k != keep && C.delete(k)))) : Promise.resolve();

  async function show() {
    const rs = (await all()).filter(mine), tpl = Q.querySelector("template").content.firstElementChild;
    Q.querySelector("ul").replaceChildren(...rs.map((r) => {
      const li = tpl.cloneNode(true), a = li.querySelector("a");
      li.dataset.id = r.id;
      li.querySelector("span").textContent = r.label;
      li.querySelector("em").textContent = r.reason || (r.done ? "" : S.waiting);
      if (r.done) (a.href = r.done), (a.textContent = S.result);
      else a.href = r.page + "#q=" + r.id;
      return li;
    }));
    Q.hidden = !rs.length;
    return rs.filter((r) => !r.reason && !r.done).length;
  }

  async function post(r) {
    const b = new URLSearchParams(r.fields), c = d.cookie.match(/csrftoken=([^;]+)/);
    if (c) b.set("csrfmiddlewaretoken", c[1]); // the sign-in's token now, not the kept page's
    let res;
    try {
      res = await fetch(r.url, { method: "POST", body: b, headers: { "X-Queued": "1", Accept: "application/json" } });
    } catch (e) {
      return;
    }
    return (res.headers.get("Content-Type") || "").includes("json")
      ? Object.assign(await res.json(), { code: res.status })
      : { status: "refused", reason: S.signin };
  }

  async function send() {
    if (busy || !Q) return;
    busy = 1;
    let n = 0;
    try {
      for (const r of (await all()).filter((r) => mine(r) && !r.reason && !r.done)) {
        const a = await post(r);
        if (!a) break;
        if (a.status == "refused") r.reason = a.reason || S.signin;
        else n++, (r.done = me == "q" && a.url);
        await (r.reason || r.done ? put(r) : del(r.id));
      }
    } finally {
      busy = 0;
    }
    await show();
    if (n) say(fmt(S.sent, n));
  }

  if (Q) {
    if (me != "q") clear(T + S.trainer);
    if (kept) {
      kept.querySelectorAll(".messages,#queue").forEach((e) => e.remove());
      C.open(T + S.trainer).then((c) => {
        c.put(location.href.split("#")[0], page("<!DOCTYPE html>" + kept.outerHTML));
        d.querySelectorAll("a[data-keep]").forEach((a) =>
          fetch(a.href).then((r) => r.ok && r.text()).then((t) => t && c.put(a.href, page(t))));
      });
    }
    addEventListener("online", send);
    W && W.addEventListener("message", (e) => e.data == "queue" && send());
    Q.addEventListener("click", async (e) => {
      const act = e.target.dataset.act, li = e.target.closest("li");
      if (act == "send") send();
      if (act == "drop" && confirm(S.drop)) await del(li.dataset.id), show();
      if (act == "discard") for (const r of (await all()).filter(mine)) await del(r.id);
      if (act == "keep" || act == "discard") clear().finally(() => out.submit());
    });
    show().then(() => navigator.onLine && send());
  }

  d.querySelectorAll("form[data-queue]").forEach((f) => {
    const id = f.querySelector("[name=client_id],[name=form_id]");
    const fresh = () => id && (id.value = crypto.randomUUID()); // one record per form opened
    fresh();
    const fill = () => (h = location.hash.match(/^#q=(.+)/)) && all().then((rs) => {
      const r = rs.find((x) => x.id == h[1] && mine(x));
      if (r) again = r.id; // sent again under its own id: the corrected form replaces it
      if (r) for (const el of f.elements) {
        const v = r.fields.filter((p) => p[0] == el.name).map((p) => p[1]);
        if (!el.name || /^(csrfmiddlewaretoken|form_token)$/.test(el.name)) continue;
        if (/checkbox|radio/.test(el.type)) el.checked = v.includes(el.value);
        else if (v.length) el.value = v[0];
      }
    });
    let h, again;
    fill();
    addEventListener("hashchange", fill);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      try {
        await keep();
      } catch (x) {
        f.submit(); // nothing kept on this phone (storage refused): sent as without the script
      }
    });
    async function keep() {
      const r = { id: id ? id.value : again || crypto.randomUUID(), owner: me, url: f.action, page: location.pathname,
        label: f.dataset.queue, fields: [...new FormData(f)], at: Date.now() };
      await put(r);
      const a = navigator.onLine && (await post(r));
      if (!a) {
        if (id) f.reset(), fresh();
        say(fmt(S.saved, await show()));
        Q.scrollIntoView();
        W && W.ready.then((g) => g.sync && g.sync.register("queue")).catch(() => 0);
      } else if (a.status != "refused") await del(r.id), (location.href = a.url);
      else if (a.code == 400) await del(r.id), f.submit(); // the server shows what to correct
      else (r.reason = a.reason), await put(r), show();
    }
  });

  const out = d.querySelector("form[data-signout]");
  if (out) out.addEventListener("submit", async (e) => {
    e.preventDefault();
    const n = (await all().catch(() => [])).filter(mine).length;
    if (!n) return clear().finally(() => out.submit());
    Q.hidden = Q.querySelector("[data-out]").hidden = false;
    say(fmt(S.unsent, n));
    Q.scrollIntoView();
  });
  d.querySelectorAll("form[data-queue-clear]").forEach((f) =>
    f.addEventListener("submit", (e) => {
      e.preventDefault();
      all().then((rs) => Promise.all(rs.filter((r) => r.owner == "q").map((r) => del(r.id)))).finally(() => f.submit());
    }));
})();
