// -----------------------------------------------------------------------------
// Renda's service worker: go-app v10.1.11's DefaultAppWorkerJS with the PWA
// part rewritten (see workerJS in handler.go for why); the push notification
// part below is upstream's, unchanged. {{.Version}} and {{.ResourcesToCache}}
// are filled in by go-app.
// -----------------------------------------------------------------------------
const version = "{{.Version}}";
const scope = self.registration.scope; // e.g. https://example.org/renda/
const cachePrefix = "renda:" + new URL(scope).pathname + ":";
const appCache = cachePrefix + "app:" + version; // the build, precached
const runtimeCache = cachePrefix + "runtime:" + version; // fetched later
const resourcesToCache = {{.ResourcesToCache}};
// Scripts are requested as app.js?v=<version> (see versionURLs in
// build.go); the precache holds them without the query.
const matchOptions = { ignoreVary: true, ignoreSearch: true };

// versioned are the files pages request with ?v=<version> (versionURLs in
// build.go): the worker precaches them under those URLs, which the page
// has just downloaded, rather than download them again without the query.
const versioned = ["/app.js", "/wasm_exec.js", "/web/app.wasm"];

// precacheURLs returns the absolute URLs to precache: the scope itself (the
// root page, also served for deep links when offline) and go-app's list,
// whose root entry is the scope without its trailing slash.
function precacheURLs() {
  const root = new URL(scope).pathname.replace(/\/$/, "");
  const urls = new Set([scope]);
  for (const r of resourcesToCache) {
    if (r === "/" || r === root) {
      continue;
    }
    const url = new URL(r, scope);
    if (versioned.some((v) => url.pathname === root + v)) {
      url.search = "?v=" + encodeURIComponent(version);
    }
    urls.add(url.href);
  }
  return [...urls];
}

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

// On a first visit the page downloads the data it needs while the worker
// installs. The worker precaches the build only once the page has its
// first results — it says "renda:ready" (tellWorkerReady in app/ui) — or
// firstVisitWait after it started, so that its downloads (the data the
// page did not need, the import parser) do not compete with the page's:
// at 100,000 reports they were more than half of the bytes sent before the
// first results. What the page fetched is then in the HTTP cache, and
// revalidating it costs a 304.
const firstVisitWait = 30000; // ms: a slow network may take that long to the first results
let pageReady;
const pageReadyOnce = new Promise((resolve) => {
  pageReady = resolve;
});
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "renda:ready") {
    pageReady();
  }
});

// install precaches the build, on a first visit once the page is ready
// (above). Every request is revalidated with the server (cache:
// "no-cache"), so that an update never stores files of the previous build,
// yet a file the page has just downloaded is not downloaded again: the
// server answers 304 Not Modified and the HTTP cache's copy is stored. It
// fails as a whole if one file is missing: the browser then keeps the
// previous worker.
async function install() {
  if (!self.registration.active) {
    await Promise.race([pageReadyOnce, new Promise((resolve) => setTimeout(resolve, firstVisitWait))]);
  }
  const cache = await caches.open(appCache);
  const requests = precacheURLs().map((u) => new Request(u, { cache: "no-cache" }));
  await cache.addAll(requests);
  await self.skipWaiting();
  console.log("app worker", version, "installed:", requests.length, "files");
}

self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

// activate deletes the caches of this app's previous builds (only those of
// this scope: other apps may share the origin). Pages the previous worker
// controlled pass to this one. It does not claim pages that no worker
// controls: go-app would take the first install for an update and offer to
// reload; they are served from the next load on.
async function activate() {
  const keys = await caches.keys();
  await Promise.all(
    keys
      .filter((k) => k.startsWith(cachePrefix) && k !== appCache && k !== runtimeCache)
      .map((k) => caches.delete(k))
  );
  console.log("app worker", version, "activated");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(scope)) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

// navigate asks the network first so that an online visit gets the current
// page; offline it serves the page cached for this URL or else the root
// page, whose router then renders the deep link.
async function navigate(request) {
  try {
    const response = await fetch(request);
    if (response.status === 200) {
      const cache = await caches.open(runtimeCache);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (err) {
    const cached =
      (await cachedResponse(request, matchOptions)) ||
      (await cachedResponse(scope, matchOptions));
    if (cached) {
      return cached;
    }
    throw err;
  }
}

// cacheFirst serves static files and data from this build's caches, fetching
// and keeping what is not there yet.
async function cacheFirst(request) {
  const cached = await cachedResponse(request, matchOptions);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.status === 200 && response.type === "basic") {
    const cache = await caches.open(runtimeCache);
    await cache.put(request, response.clone());
  }
  return response;
}

// cachedResponse looks in this build's caches only.
async function cachedResponse(request, options) {
  for (const name of [appCache, runtimeCache]) {
    const cache = await caches.open(name);
    const response = await cache.match(request, options);
    if (response) {
      return response;
    }
  }
  return undefined;
}

// A page asks the worker to keep files for offline use ("keep everything
// offline", app/ui/offline.go): a page it does not control yet (the first
// visit) fetches past it, so what that page fetched is not cached. The
// worker caches every URL of the message it lacks, then answers on the
// message's port.
self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "renda:keep" || !event.ports[0]) {
    return;
  }
  event.waitUntil(keep(msg.urls).finally(() => event.ports[0].postMessage({ done: true })));
});

async function keep(urls) {
  const cache = await caches.open(runtimeCache);
  for (const u of urls) {
    const url = new URL(u, scope).href;
    if (!url.startsWith(scope) || (await cachedResponse(url, matchOptions))) {
      continue;
    }
    try {
      const response = await fetch(url);
      if (response.status === 200 && response.type === "basic") {
        await cache.put(url, response);
      }
    } catch (err) {
      console.log("app worker: keeping", url, "failed:", err);
    }
  }
}

// A page asks which of a list of URLs this build's caches hold ("renda:held":
// how many text shards are kept offline, app/ui/offline.go). The worker
// reads each cache's keys once, off the page's thread, and answers on the
// message's port with a boolean a URL, compared without the query as
// cachedResponse matches: a page matching 1,563 URLs one by one spent a
// quarter of its time on it for seconds after its first results.
self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "renda:held" || !event.ports[0]) {
    return;
  }
  const port = event.ports[0];
  event.waitUntil(
    held(msg.urls).then(
      (held) => port.postMessage({ held }),
      (err) => {
        console.log("app worker: looking up", msg.urls.length, "URLs failed:", err);
        port.postMessage({ held: null });
      },
    ),
  );
});

async function held(urls) {
  const bare = (u) => {
    const url = new URL(u, scope);
    url.search = "";
    url.hash = "";
    return url.href;
  };
  const have = new Set();
  for (const name of [appCache, runtimeCache]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      have.add(bare(request.url));
    }
  }
  return urls.map((u) => have.has(bare(u)));
}

// -----------------------------------------------------------------------------
// Push Notifications
// -----------------------------------------------------------------------------
self.addEventListener("push", (event) => {
  event.waitUntil((async () => {
    let notification;

    try {
      notification = event.data ? event.data.json() : null;
    } catch {
      notification = null;
    }

    if (!notification) {
      return;
    }

    await showNotification(self.registration, notification);
  })());
});

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "goapp:notify") {
    return;
  }

  event.waitUntil(
    showNotification(self.registration, msg.options)
  );
});

async function showNotification(registration, notification) {
  const title = notification.title || "Notification";

  let actions = [];
  for (let i in notification.actions) {
    const action = notification.actions[i];
    actions.push({
      action: action.action,
      path: action.path,
    });
    delete action.path;
  }

  await registration.showNotification(title, {
    body: notification.body,
    icon: notification.icon,
    badge: notification.badge,
    actions: notification.actions,
    data: {
      goapp: {
        path: notification.path,
        actions: actions
      }
    }
  });
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();

  const notification = event.notification;
  let path = notification.data.goapp.path;

  for (let i in notification.data.goapp.actions) {
    const action = notification.data.goapp.actions[i];
    if (action.action === event.action) {
      path = action.path;
      break;
    }
  }

  event.waitUntil(
    clients
      .matchAll({
        type: "window",
      })
      .then((clientList) => {
        for (var i = 0; i < clientList.length; i++) {
          let client = clientList[i];
          if ("focus" in client) {
            client.focus();
            client.postMessage({
              goapp: {
                type: "notification",
                path: path,
              },
            });
            return;
          }
        }

        if (clients.openWindow) {
          return clients.openWindow(path);
        }
      })
  );
});
