// Built only with the package trait `Admin` (its dependencies are fetched only then).
#if Admin

import Resilience

/// `GET /`: the dashboard, one self-contained page (its style and script inline, nothing fetched from elsewhere).
///
/// It reads `/api/v1/stream`: every `snapshot` redraws one tile per integration point (breaker state as colour and
/// word, failure and slow-call rates, calls per second with a sparkline of the last minute, p50 and p99 latency,
/// rejections and timeouts per second over the same window, abandoned work, bulkhead use) and one per starvation watchdog
/// (its probe's lateness and stalls); every `event` goes on the
/// timeline, newest first, and a breaker transition recolours its tile at once, without waiting for the next
/// snapshot. When the server has chaos targets, a chaos panel shows each one's mode with a button per mode: the first
/// click asks for the admin token, which the page keeps in memory and sends as a bearer header (never in a URL or a
/// cookie); a refused token is forgotten. Tiles and values carry `data-point` and `data-field` attributes, chaos rows
/// `data-target` and their buttons `data-mode`, for scripts and tests. Names are inserted as text, never as markup.
enum DashboardPage {
    /// The chaos panel's buttons, one per ``Resilience/ChaosSetting/Mode``, as a JavaScript list's items.
    private static let chaosModes = ChaosSetting.Mode.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")

    static let html = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Integration points · swift-resilience</title>
        <link rel="icon" href="data:,">
        <style>
        :root {
          --bg: #f6f8fa; --fg: #1f2328; --muted: #59636e; --card: #fff; --line: #d1d9e0;
          --closed: #1a7f37; --open: #cf222e; --half_open: #9a6700; --forced_open: #82071e;
          --disabled: #59636e; --metrics_only: #0969da; --none: #818b98;
        }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
          background: var(--bg); color: var(--fg); }
        header.top { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline; padding: 12px 16px;
          background: var(--fg); color: #fff; }
        header.top h1 { font-size: 18px; margin: 0; }
        #connection { font-size: 13px; }
        #connection[data-live="true"]::before { content: "● "; color: #4ac26b; }
        #connection[data-live="false"]::before { content: "● "; color: #ff8182; }
        #summary { flex-basis: 100%; font-size: 13px; color: #d1d9e0; }
        main { padding: 12px 16px 24px; }
        #watchdog-tiles { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr)); }
        #tiles { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr)); }
        .tile { background: var(--card); border: 1px solid var(--line); border-left: 8px solid var(--state-colour);
          border-radius: 6px; padding: 10px 12px; --state-colour: var(--none); }
        .tile[data-state="closed"] { --state-colour: var(--closed); }
        .tile[data-state="open"] { --state-colour: var(--open); background: #ffebe9; }
        .tile[data-state="half_open"] { --state-colour: var(--half_open); background: #fff8c5; }
        .tile[data-state="forced_open"] { --state-colour: var(--forced_open); background: #ffebe9; }
        .tile[data-state="disabled"] { --state-colour: var(--disabled); }
        .tile[data-state="metrics_only"] { --state-colour: var(--metrics_only); }
        .tile h2 { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin: 0 0 6px;
          font-size: 16px; overflow-wrap: anywhere; }
        .state { flex: none; color: #fff; background: var(--state-colour); border-radius: 10px; padding: 1px 9px;
          font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
        .rate { display: flex; align-items: flex-end; justify-content: space-between; gap: 8px; }
        .rate .big { font-size: 26px; font-weight: 600; font-variant-numeric: tabular-nums; }
        .rate .unit { color: var(--muted); margin-left: 4px; }
        .rate svg { width: 45%; height: 30px; }
        .rate polyline { fill: none; stroke: var(--state-colour); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
        dl { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 2px 12px; margin: 8px 0 0; }
        dl div { display: flex; justify-content: space-between; gap: 6px; border-top: 1px solid #eff2f5; padding-top: 2px; }
        dt { color: var(--muted); }
        dd { margin: 0; font-variant-numeric: tabular-nums; font-weight: 500; }
        dd.bad { color: var(--open); }
        dd.amber { color: var(--half_open); font-weight: 600; }
        h2.section { font-size: 15px; margin: 20px 0 6px; }
        #timeline { list-style: none; margin: 0; padding: 0; background: var(--card); border: 1px solid var(--line);
          border-radius: 6px; max-height: 24em; overflow-y: auto; }
        #timeline li { display: grid; grid-template-columns: 6.5em 1fr; gap: 8px; padding: 5px 10px;
          border-top: 1px solid #eff2f5; }
        #timeline li:first-child { border-top: none; }
        #timeline time { color: var(--muted); font-variant-numeric: tabular-nums; }
        #timeline .to { font-weight: 600; }
        #timeline li[data-kind="operator_action"] { background: #ddf4ff; }
        .empty { color: var(--muted); padding: 8px 10px; }
        ul.others { list-style: none; margin: 6px 0 0; padding: 0; color: var(--muted); font-size: 12px; }
        ul.others:empty { display: none; }
        #chaos-targets { display: grid; gap: 6px; background: var(--card); border: 1px solid var(--line);
          border-radius: 6px; padding: 8px 10px; }
        .chaos-target { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }
        .chaos-target strong { min-width: 11em; }
        .chaos-target [data-field="mode"] { min-width: 8em; color: var(--muted); }
        .chaos-target[data-mode]:not([data-mode="healthy"]) [data-field="mode"] { color: var(--open); font-weight: 600; }
        .chaos-target button { font: inherit; font-size: 12px; padding: 2px 8px; border: 1px solid var(--line);
          border-radius: 12px; background: var(--bg); color: var(--fg); cursor: pointer; }
        .chaos-target button[aria-pressed="true"] { background: var(--fg); color: var(--bg); border-color: var(--fg); }
        .chaos-target button[data-mode="healthy"][aria-pressed="true"] { background: var(--closed); border-color: var(--closed); color: #fff; }
        #chaos-status { color: var(--muted); font-size: 13px; margin: 4px 0 0; min-height: 1.4em; }
        #chaos-status[data-error="true"] { color: var(--open); }
        #timeline li[data-kind="chaos_changed"] { background: #fff1e5; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #151b23; --line: #3d444d; }
          header.top { background: #010409; }
          .tile[data-state="open"], .tile[data-state="forced_open"] { background: #3c1618; }
          .tile[data-state="half_open"] { background: #3a2e05; }
          dl div, #timeline li { border-color: #262c36; }
          #timeline li[data-kind="operator_action"] { background: #0c2d6b; }
          #timeline li[data-kind="chaos_changed"] { background: #3d1d00; }
        }
        </style>
        </head>
        <body>
        <header class="top">
          <h1>Integration points</h1>
          <span id="connection" data-live="false">connecting…</span>
          <span id="updated"></span>
          <div id="summary"></div>
        </header>
        <main>
          <noscript>The dashboard needs JavaScript; the same numbers are at /api/v1/integration-points.</noscript>
          <section id="tiles" aria-live="polite"></section>
          <section id="watchdogs" hidden>
            <h2 class="section">Scheduling</h2>
            <div id="watchdog-tiles"></div>
          </section>
          <section id="chaos" hidden>
            <h2 class="section">Chaos</h2>
            <div id="chaos-targets"></div>
            <p id="chaos-status" aria-live="polite"></p>
          </section>
          <h2 class="section">Timeline</h2>
          <ol id="timeline"><li class="empty">No transitions or operator actions yet.</li></ol>
        </main>
        <script>
        "use strict";
        const stateWords = { closed: "closed", open: "open", half_open: "half-open", forced_open: "forced open",
          disabled: "disabled", metrics_only: "metrics only" };
        const history = new Map();   // point id -> calls per second, the last 60 snapshots
        const tiles = new Map();     // point id -> tile element
        let replaying = true;        // the server sends its timeline before the first snapshot of each connection
        const knownKinds = new Set(["circuit_breaker", "timeout", "retry", "bulkhead", "rate_limiter",
          "adaptive_concurrency_limiter", "hedging", "fallback", "other"]);
        const fields = [["failureRate", "failure rate"], ["slowCallRate", "slow calls"], ["p50", "p50"],
          ["p99", "p99"], ["rejected", "rejected"], ["timeouts", "timeouts"], ["abandoned", "abandoned"],
          ["bulkhead", "bulkhead"], ["contractViolations", "violations"]];

        function element(tag, attributes = {}, text) {
          const node = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
          if (text !== undefined) node.textContent = text;
          return node;
        }
        function percent(fraction) {
          return fraction === undefined ? "–" : (fraction * 100).toFixed(fraction < 0.1 && fraction > 0 ? 1 : 0) + " %";
        }
        function seconds(value) {
          if (value === undefined) return "–";
          if (value < 0.001) return (value * 1e6).toFixed(0) + " µs";
          if (value < 1) return (value * 1000).toFixed(value < 0.01 ? 2 : value < 0.1 ? 1 : 0) + " ms";
          return value.toFixed(value < 10 ? 2 : 1) + " s";
        }
        function count(value) { return value === undefined ? "–" : value.toLocaleString("en"); }
        function rate(value) { return value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en"); }
        function perSecondOf(recent, window) {
          if (recent === undefined || window === undefined) return "–";
          return recent === 0 ? "0/s" : rate(recent / window) + "/s";
        }
        function sum(policies, kind, metric) {
          const values = policies.filter(p => p.kind === kind && p.metrics[metric] !== undefined)
            .map(p => p.metrics[metric]);
          return values.length ? values.reduce((a, b) => a + b, 0) : undefined;
        }

        function makeTile(id) {
          const tile = element("article", { class: "tile", "data-point": id });
          const title = element("h2");
          title.append(element("span", { "data-field": "name" }, id), element("span", { class: "state", "data-field": "state" }));
          const headline = element("div", { class: "rate" });
          const big = element("div");
          big.append(element("span", { class: "big", "data-field": "callsPerSecond" }), element("span", { class: "unit" }, "calls/s"));
          const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
          svg.setAttribute("viewBox", "0 0 59 30");
          svg.setAttribute("preserveAspectRatio", "none");
          svg.setAttribute("aria-hidden", "true");
          svg.append(document.createElementNS("http://www.w3.org/2000/svg", "polyline"));
          headline.append(big, svg);
          const list = element("dl");
          for (const [field, label] of fields) {
            const row = element("div");
            row.append(element("dt", {}, label), element("dd", { "data-field": field }));
            list.append(row);
          }
          // Policies of kinds this page does not know (a policy of the user's own): their state and numbers as text.
          tile.append(title, headline, list, element("ul", { class: "others" }));
          return tile;
        }

        function set(tile, field, text, bad = false, title) {
          const node = tile.querySelector(`[data-field="${field}"]`);
          node.textContent = text;
          node.classList.toggle("bad", bad);
          if (title !== undefined) node.title = title;
        }

        function render(snapshot) {
          replaying = false;
          const container = document.getElementById("tiles");
          const seen = new Set();
          const points = snapshot.integrationPoints.slice().sort((a, b) =>
            (a.name + " " + (a.key ?? "")).localeCompare(b.name + " " + (b.key ?? "")));
          const notClosed = [];
          for (const point of points) {
            const id = point.key == null ? point.name : `${point.name} ${point.key}`;
            seen.add(id);
            let tile = tiles.get(id);
            if (!tile) { tile = makeTile(id); tiles.set(id, tile); }
            container.append(tile);   // keeps the sorted order
            const breaker = point.policies.find(p => p.kind === "circuit_breaker");
            const state = breaker ? breaker.state : "none";
            tile.dataset.state = state;
            tile.dataset.breaker = breaker ? breaker.name : "";
            set(tile, "state", breaker ? stateWords[state] ?? state : "no breaker");
            if (breaker && state !== "closed") notClosed.push(`${id} (${stateWords[state] ?? state})`);

            const calls = point.calls ?? {};
            const perSecond = calls.perSecond ?? 0;
            set(tile, "callsPerSecond", rate(perSecond));
            const values = history.get(id) ?? [];
            values.push(perSecond);
            if (values.length > 60) values.shift();
            history.set(id, values);
            const top = Math.max(...values, 1e-9);
            tile.querySelector("polyline").setAttribute("points",
              values.map((v, i) => `${i + 60 - values.length},${(29 - (v / top) * 28).toFixed(1)}`).join(" "));

            const failureRate = breaker?.metrics.failureRate;
            set(tile, "failureRate", percent(failureRate), failureRate !== undefined && failureRate > 0);
            set(tile, "slowCallRate", percent(breaker?.metrics.slowCallRate));
            set(tile, "p50", seconds(calls.latencySeconds?.p50));
            set(tile, "p99", seconds(calls.latencySeconds?.p99));
            const window = calls.windowSeconds > 0 ? calls.windowSeconds : undefined;
            set(tile, "rejected", perSecondOf(calls.recentRejected, window), (calls.recentRejected ?? 0) > 0,
              `${count(calls.rejected)} since start`);
            set(tile, "timeouts", perSecondOf(calls.recentTimedOut, window), (calls.recentTimedOut ?? 0) > 0,
              `${count(calls.timedOut)} since start`);
            const abandoned = ["timeout", "hedging"].map(kind => sum(point.policies, kind, "runningAbandonedOperations"))
              .filter(v => v !== undefined);
            const abandonedTotal = abandoned.length ? abandoned.reduce((a, b) => a + b, 0) : undefined;
            set(tile, "abandoned", count(abandonedTotal), (abandonedTotal ?? 0) > 0);
            const inUse = sum(point.policies, "bulkhead", "concurrentCallsInUse");
            const limit = sum(point.policies, "bulkhead", "maxAllowedConcurrentCalls");
            set(tile, "bulkhead", inUse === undefined ? "–" : `${inUse} / ${limit}`, inUse !== undefined && inUse >= limit);
            // Answers the dependency refused or we could not read: amber, since they open no breaker.
            const violation = calls.lastContractViolation;
            const node = tile.querySelector('[data-field="contractViolations"]');
            node.textContent = count(calls.contractViolations) + (violation ? ` · ${violation.reason}` : "");
            node.classList.toggle("amber", (calls.recentContractViolations ?? 0) > 0);
            node.title = violation ? `last: ${violation.message}` : "";
            tile.querySelector("ul.others").replaceChildren(...point.policies
              .filter(policy => !knownKinds.has(policy.kind))
              .map(policy => element("li", {}, `${policy.kind.replaceAll("_", " ")} ${policy.name}`
                + (policy.state ? ` (${policy.state.replaceAll("_", " ")})` : "") + ": "
                + Object.entries(policy.metrics).map(([name, value]) => `${name} ${count(value)}`).join(" · "))));
          }
          for (const [id, tile] of tiles) {
            if (!seen.has(id)) { tile.remove(); tiles.delete(id); history.delete(id); }
          }
          renderWatchdogs(snapshot.watchdogs ?? []);
          document.getElementById("summary").textContent = points.length === 0
            ? "No integration points registered."
            : notClosed.length === 0
              ? `${points.length} integration point${points.length === 1 ? "" : "s"}, every breaker closed.`
              : `Not closed: ${notClosed.join(", ")}.`;
          document.getElementById("updated").textContent = "updated " + new Date().toLocaleTimeString();
        }

        // One tile per starvation watchdog: how late its probe wakes (a blocked cooperative pool shows here first).
        function renderWatchdogs(watchdogs) {
          document.getElementById("watchdogs").hidden = watchdogs.length === 0;
          document.getElementById("watchdog-tiles").replaceChildren(...watchdogs.map(watchdog => {
            const tile = element("article", { class: "tile watchdog", "data-watchdog": watchdog.name });
            const lagging = watchdog.lagSeconds.p99 >= watchdog.stallThresholdSeconds / 5;
            tile.dataset.state = lagging ? "open" : "closed";
            const title = element("h2");
            title.append(element("span", { "data-field": "name" }, watchdog.name),
              element("span", { class: "state", "data-field": "state" }, lagging ? "lagging" : "on time"));
            const list = element("dl");
            const rows = [["p50", "wake-up lag p50", seconds(watchdog.lagSeconds.p50), false],
              ["p99", "p99", seconds(watchdog.lagSeconds.p99), lagging],
              ["max", "max", seconds(watchdog.lagSeconds.max), watchdog.lagSeconds.max >= watchdog.stallThresholdSeconds],
              ["stalls", "stalls", count(watchdog.stalls), watchdog.stalls > 0]];
            for (const [field, label, text, bad] of rows) {
              const row = element("div");
              const value = element("dd", { "data-field": field }, text);
              value.classList.toggle("bad", bad);
              row.append(element("dt", {}, label), value);
              list.append(row);
            }
            tile.append(title, list);
            return tile;
          }));
        }

        function describe(event) {
          switch (event.kind) {
          case "circuit_breaker_transition": {
            const fragment = document.createDocumentFragment();
            fragment.append(`breaker ${event.circuitBreaker}: ${stateWords[event.from] ?? event.from} → `,
              element("span", { class: "to", "data-state": event.to }, stateWords[event.to] ?? event.to),
              ` (${event.reason.replaceAll("_", " ")})`);
            return fragment;
          }
          case "operator_action": return `operator: ${event.action.replaceAll("_", " ")} on breaker ${event.circuitBreaker}`;
          case "registered": return "registered";
          case "removed": return `removed (${event.reason})`;
          case "reconfigured": return "reconfigured";
          case "scheduling_stall": return `stall: the cooperative pool did not run the probe for ${seconds(event.stalledForSeconds)}`;
          case "chaos_changed": return `chaos: ${event.action.replaceAll("_", " ")}`;
          default: return event.kind;
          }
        }

        // The chaos panel: a row per target, a button per mode. The token lives in this variable only.
        const chaosModes = [\#(chaosModes)];
        let chaosToken = null;
        function chaosStatus(text, error = false) {
          const status = document.getElementById("chaos-status");
          status.textContent = text;
          status.dataset.error = String(error);
        }
        function renderChaos(targets) {
          document.getElementById("chaos").hidden = targets.length === 0;
          document.getElementById("chaos-targets").replaceChildren(...targets.map(target => {
            const row = element("div", { class: "chaos-target", "data-target": target.name, "data-mode": target.mode });
            const detail = target.latency_ms != null ? ` ${seconds(target.latency_ms / 1000)}`
              : target.rate != null ? ` ${percent(target.rate)}` : "";
            row.append(element("strong", {}, target.name),
              element("span", { "data-field": "mode" }, target.mode.replaceAll("_", " ") + detail));
            for (const mode of chaosModes) {
              const button = element("button", { type: "button", "data-mode": mode, "aria-pressed": String(mode === target.mode) },
                mode.replaceAll("_", " "));
              button.addEventListener("click", () => setChaos(target.name, mode));
              row.append(button);
            }
            return row;
          }));
        }
        async function loadChaos() {
          try {
            const response = await fetch("api/v1/chaos", { cache: "no-store" });
            if (response.ok) renderChaos((await response.json()).targets);
          } catch (error) { /* the stream's reconnection shows that the server is away */ }
        }
        async function setChaos(target, mode) {
          if (chaosToken === null) {
            const token = window.prompt("Admin token (sent as a bearer header, kept in this page only):");
            if (!token) return;
            chaosToken = token;
          }
          chaosStatus(`setting ${target} to ${mode.replaceAll("_", " ")}…`);
          try {
            const response = await fetch(`api/v1/chaos/${encodeURIComponent(target)}`, {
              method: "PUT", headers: { "Authorization": `Bearer ${chaosToken}`, "Content-Type": "application/json" },
              body: JSON.stringify({ mode }) });
            if (response.status === 401 || response.status === 403) {
              chaosToken = null;
              chaosStatus(response.status === 401 ? "The token was refused; the next click asks again."
                : "The server has no admin token: chaos is read-only.", true);
              return;
            }
            if (!response.ok) { chaosStatus(`${response.status}: ${await response.text()}`, true); return; }
            chaosStatus(`${target} is ${mode.replaceAll("_", " ")}.`);
          } catch (error) {
            chaosStatus(`not sent: ${error}`, true);
          }
          await loadChaos();
        }

        function addEvent(event) {
          if (event.kind === "chaos_changed" && !replaying) loadChaos();
          if (event.kind === "circuit_breaker_transition" && !replaying) {
            // A transition shows at once, not at the next snapshot.
            for (const tile of tiles.values()) {
              if (tile.dataset.breaker !== event.circuitBreaker) continue;
              tile.dataset.state = event.to;
              set(tile, "state", stateWords[event.to] ?? event.to);
            }
          }
          if (event.kind === "registered") return;
          const timeline = document.getElementById("timeline");
          timeline.querySelector(".empty")?.remove();
          const item = element("li", { "data-kind": event.kind, "data-sequence": event.sequence });
          const when = new Date(event.time);
          const what = element("span");
          const point = event.key == null ? event.integrationPoint : `${event.integrationPoint} ${event.key}`;
          what.append(element("strong", {}, point), " · ", describe(event));
          item.append(element("time", { datetime: when.toISOString(), title: when.toString() }, when.toLocaleTimeString()), what);
          timeline.prepend(item);
          while (timeline.children.length > 200) timeline.lastElementChild.remove();
        }

        function connect() {
          const source = new EventSource("api/v1/stream");
          const connection = document.getElementById("connection");
          source.onopen = () => {
            replaying = true;
            connection.dataset.live = "true";
            connection.textContent = "live";
            // The server sends its whole timeline again on every connection.
            document.getElementById("timeline").replaceChildren(
              element("li", { class: "empty" }, "No transitions or operator actions yet."));
          };
          source.onerror = () => {
            connection.dataset.live = "false";
            connection.textContent = "reconnecting…";
          };
          source.addEventListener("snapshot", message => render(JSON.parse(message.data)));
          source.addEventListener("event", message => addEvent(JSON.parse(message.data)));
        }
        connect();
        loadChaos();
        </script>
        </body>
        </html>
        """#
}

#endif
