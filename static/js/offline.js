/* Progressive enhancement: installs the worker (/sw.js), shows "Bản lưu ngày …" on a kept copy,
   the "save for offline" box and the list of kept lessons. Every text comes from the page. */
(() => {
  const sw = navigator.serviceWorker, body = document.body, $ = (s) => document.querySelector(s);
  // After a sign-out or a change of learner: what was kept about that person goes.
  if ("clearPersonal" in body.dataset && self.caches) caches.keys().then((ks) => ks.forEach((k) => k.startsWith("personal-") && caches.delete(k)));
  if (!sw) return;
  const first = !sw.controller;
  sw.register("/sw.js", { scope: "/" });
  const ask = (m) => sw.ready.then((r) => new Promise((ok, no) => {
    const c = new MessageChannel();
    c.port1.onmessage = (e) => (e.data.ok ? ok(e.data.x) : no());
    r.active.postMessage(m, [c.port2]);
  }));
  const fill = (text, v) => text.replace("{n}", v);
  const kb = (n) => Math.ceil(n / 1024).toLocaleString("vi") + " KB";
  const day = (t) => new Date(+t).toLocaleDateString("en-GB");
  const note = $("[data-kept-note]");
  if (body.dataset.kept && note) {
    note.textContent = fill(note.dataset.text, day(body.dataset.kept));
    note.hidden = false;
  }
  const box = $("[data-offline-src]");
  if (box && navigator.onLine) {
    const src = `${box.dataset.offlineSrc}?vw=${innerWidth}&dpr=${devicePixelRatio}`, d = box.dataset;
    const [button, video] = box.querySelectorAll("button,input"), status = box.querySelector("[role=status]");
    fetch(src).then((r) => r.json()).then((b) => {
      button.querySelector("span").textContent = fill(d.size, kb(b.bytes));
      if (b.video_bytes) {
        video.nextElementSibling.textContent = fill(d.video, kb(b.video_bytes));
        video.parentNode.hidden = false;
      }
      box.hidden = false;
      button.onclick = () => {
        button.disabled = true;
        status.textContent = d.saving;
        ask({ keep: "save", src, video: video.checked })
          .then(() => (status.textContent = d.saved), () => (status.textContent = d.failed))
          .finally(() => (button.disabled = false));
      };
    });
  }
  const list = $("[data-kept-list]");
  if (list) {
    const ul = list.querySelector("ul"), all = list.dataset.keptList === "all";
    ask({ keep: "list" }).then((items) => {
      items = items.filter((i) => all || i.bytes).sort((a, b) => b.at - a.at);
      for (const i of items) {
        const li = list.querySelector("template").content.firstElementChild.cloneNode(true), a = li.querySelector("a"), t = document.createElement("textarea");
        t.innerHTML = i.title;
        a.href = i.url;
        a.textContent = t.value;
        li.querySelector("span").textContent = (i.bytes ? kb(i.bytes) + " · " : "") + day(i.at);
        const x = li.querySelector("button");
        if (x) x.onclick = () => ask({ keep: "drop", url: i.url }).then(() => li.remove());
        ul.append(li);
      }
      list.querySelector("[data-empty]").hidden = items.length > 0;
      list.hidden = false;
    });
  }
  // The first page opened before the worker ran: keep it and what it loaded, once loaded.
  // (Lazy pictures do not hold the load event back: those chosen by then are asked for too.)
  if (first) addEventListener("load", () => sw.ready.then(() => ask({ keep: "add", urls: [location.href.split("#")[0], ...performance.getEntriesByType("resource").map((e) => e.name), ...[...document.images].map((i) => i.currentSrc)] })).catch(() => {}));
  if (navigator.onLine && !sessionStorage.keptRefresh) {
    sessionStorage.keptRefresh = 1;
    ask({ keep: "refresh" }).catch(() => {});
  }
})();
