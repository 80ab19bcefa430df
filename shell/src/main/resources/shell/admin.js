// The release dashboard: one table per app, one row per release, live. It asks for the admin
// token once per tab (kept in sessionStorage, sent as a bearer token, never in a URL) and
// builds every piece of the page with DOM calls, never from HTML strings.
const API = "/admin/api";
const HISTORY = 60;
const history = new Map();
const $ = (selector) => document.querySelector(selector);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  children.forEach((child) => node.append(child));
  return node;
}

function svg(tag, attributes = {}) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function token() {
  return sessionStorage.getItem("collage-admin-token");
}

function say(message) {
  $("#admin-status").textContent = message;
}

async function call(method, path, body) {
  const response = await fetch(API + path, {
    method,
    headers: {
      Authorization: "Bearer " + token(),
      "Content-Type": "application/json",
      "X-Collage-Actor": sessionStorage.getItem("collage-admin-actor") || "dashboard",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    sessionStorage.removeItem("collage-admin-token");
    showLogin("That token was not accepted.");
    throw new Error("unauthorized");
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : {};
  if (!response.ok) throw new Error(data.error || "HTTP " + response.status);
  return data;
}

function showLogin(message) {
  $("#admin-login").hidden = false;
  $("#admin-board").hidden = true;
  $("#admin-login-error").textContent = message || "";
}

async function act(app, upstream, action) {
  const verbs = { promote: "send every visitor to", rollback: "take the visitors away from", drain: "drain", remove: "remove" };
  if (!confirm(`${verbs[action]} ${app} upstream ${upstream.id} (${upstream.version || "no version"})?`)) return;
  try {
    const path = `/apps/${encodeURIComponent(app)}/upstreams/${encodeURIComponent(upstream.id)}`;
    if (action === "remove") await call("DELETE", path);
    else await call("POST", `${path}/${action}`);
    say(`${app} ${upstream.id}: ${action} done.`);
    await refresh();
  } catch (e) {
    if (e.message !== "unauthorized") say(`${app} ${upstream.id}: ${e.message}`);
  }
}

function chart(app, upstreams) {
  const width = 320, height = 90;
  const box = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "admin-chart", role: "img",
    "aria-label": `${app}: p50 and p99 fragment time of each release over the last ${HISTORY} refreshes` });
  const series = upstreams.map((u) => history.get(`${app}/${u.id}`) || []);
  const max = Math.max(1, ...series.flat().map((point) => point.p99));
  const colors = ["#2f6b4f", "#a15c07", "#3b5ba5", "#a4282a"];
  series.forEach((points, i) => {
    ["p50", "p99"].forEach((key) => {
      if (points.length < 2) return;
      const d = points.map((point, x) =>
        `${(x * width) / (HISTORY - 1)},${height - 4 - ((height - 8) * point[key]) / max}`).join(" ");
      box.append(svg("polyline", { points: d, fill: "none", stroke: colors[i % colors.length],
        "stroke-width": key === "p99" ? 1.5 : 2.5, "stroke-dasharray": key === "p99" ? "4 3" : "" }));
    });
  });
  const label = svg("text", { x: 4, y: 12, class: "admin-chart-label" });
  label.textContent = `max ${max.toFixed(1)} ms · solid p50, dashed p99`;
  box.append(label);
  return box;
}

function render(data) {
  const board = $("#admin-apps");
  board.replaceChildren();
  for (const app of data.apps) {
    app.upstreams.forEach((u) => {
      const key = `${app.name}/${u.id}`;
      const points = history.get(key) || [];
      points.push({ p50: u.p50Ms, p99: u.p99Ms });
      history.set(key, points.slice(-HISTORY));
    });
    const rows = app.upstreams.map((u) => el("tr", {},
      el("th", { scope: "row", text: u.id }),
      el("td", { text: u.version || "—" }),
      el("td", { text: u.state + (u.draining ? " · draining" : "") + (u.canary ? " · canary" : "") }),
      el("td", { class: "num", text: `${u.weight}%` }),
      el("td", { text: u.circuit }),
      el("td", { class: "num", text: String(u.inFlight) }),
      el("td", { class: "num", text: u.p50Ms.toFixed(1) }),
      el("td", { class: "num", text: u.p99Ms.toFixed(1) }),
      el("td", { class: "num", text: `${u.errorRate.toFixed(0)}%` }),
      el("td", { class: "admin-actions" },
        ...["promote", "rollback", "drain", "remove"].map((action) => el("button", {
          type: "button", text: { promote: "Promote", rollback: "Roll back", drain: "Drain", remove: "Remove" }[action],
          "aria-label": `${action} ${app.name} upstream ${u.id}`, onclick: () => act(app.name, u, action) })))));
    board.append(el("section", { class: "admin-app", "aria-labelledby": `app-${app.name}` },
      el("h2", { id: `app-${app.name}`, text: `${app.name} · ${app.state}` }),
      chart(app.name, app.upstreams),
      el("div", { class: "admin-table-wrap" }, el("table", {},
        el("thead", {}, el("tr", {}, ...["Upstream", "Version", "State", "Weight", "Circuit", "In flight",
          "p50 ms", "p99 ms", "Errors", "Actions"].map((h) => el("th", { scope: "col", text: h })))),
        el("tbody", {}, ...rows)))));
  }
  const changes = $("#admin-changes");
  changes.replaceChildren(...data.changes.map((c) => el("li", {},
    el("time", { datetime: c.at, text: new Date(c.at).toLocaleTimeString() }),
    document.createTextNode(` ${c.app} · ${c.action} · ${c.detail} · by ${c.actor}`))));
}

async function refresh() {
  const data = await call("GET", "/apps");
  $("#admin-login").hidden = true;
  $("#admin-board").hidden = false;
  render(data);
}

$("#admin-login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  sessionStorage.setItem("collage-admin-token", $("#admin-token").value.trim());
  sessionStorage.setItem("collage-admin-actor", $("#admin-actor").value.trim() || "dashboard");
  $("#admin-token").value = "";
  try {
    await refresh();
  } catch (e) {
    if (e.message !== "unauthorized") showLogin(e.message);
  }
});

setInterval(() => { if (token()) refresh().catch(() => {}); }, 2000);
if (token()) refresh().catch(() => {}); else showLogin();
