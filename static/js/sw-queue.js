// Background Sync (part of /sw.js): when the connection is back, the open pages send their
// queue (static/js/queue.js). Only a page knows who is signed in, so the worker sends nothing
// itself; without an open page the queue goes on the next page load.
self.addEventListener("sync", (e) => {
  if (e.tag == "queue")
    e.waitUntil(clients.matchAll({ type: "window" }).then((l) => l.forEach((c) => c.postMessage("queue"))));
});
