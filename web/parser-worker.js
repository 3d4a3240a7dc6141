// Renda's parser worker: runs web/parser.wasm (app/parseworker), which reads
// imported files off the UI thread. Started as
// web/parser-worker.js?v=<build version>; messages are {seq, name, data:
// Uint8Array}, answers {seq, doc} or {seq, reason, detail}, after a first
// {ready: true}. Messages that arrive before Go runs wait in a queue.
"use strict";

const version = new URL(self.location.href).searchParams.get("v") || "";
const query = version ? "?v=" + encodeURIComponent(version) : "";
let queue = []; // messages waiting for Go, null once it runs
let failure = null; // why Go could not start

// refuse answers a message when the parser could not start.
function refuse(msg) {
  self.postMessage({ seq: msg.seq, reason: "crash", detail: "parser worker: " + failure });
}

self.onmessage = (event) => {
  if (failure) {
    refuse(event.data);
  } else if (queue) {
    queue.push(event.data);
  } else {
    self.rendaParse(event.data);
  }
};

// rendaParserReady is called by Go once self.rendaParse is set.
self.rendaParserReady = () => {
  const waiting = queue;
  queue = null;
  for (const msg of waiting) {
    self.rendaParse(msg);
  }
};

importScripts("../wasm_exec.js" + query); // written by go-app at the site root

async function start() {
  const go = new Go();
  const url = "parser.wasm" + query;
  let instance;
  try {
    ({ instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject));
  } catch (err) {
    // Hosts that do not send application/wasm: compile from the bytes.
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error("loading " + url + ": HTTP " + response.status);
    }
    ({ instance } = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject));
  }
  await go.run(instance);
  throw new Error("the parser exited");
}

start().catch((err) => {
  // Answer every waiting and later message, and let the page see the error.
  failure = err;
  for (const msg of queue || []) {
    refuse(msg);
  }
  queue = null;
  setTimeout(() => {
    throw err;
  });
});
