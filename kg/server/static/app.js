/* The geokg explorer page: SPARQL editor, named queries, questions, results table and graph.
   Everything comes from this server (/sparql, /api/*); nothing from a CDN. Text from the graph
   is inserted with textContent only. */
"use strict";

const GKR = "https://w3id.org/geokg/id/";
const PREFIXES = {
  "https://w3id.org/geokg/ontology#": "gkg:",
  "https://w3id.org/geokg/id/": "gkr:",
  "http://www.w3.org/ns/prov#": "prov:",
  "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
  "http://www.w3.org/2004/02/skos/core#": "skos:",
  "https://schema.org/": "schema:",
  "http://www.w3.org/2001/XMLSchema#": "xsd:",
  "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#": "nif:",
};
const KIND_COLORS = {
  state: "#1f5fbf", person: "#c2410c", org: "#047857", group: "#7c3aed",
  place: "#a16207", doc: "#475569", other: "#64748b",
};
/* Edge labels for the graph view of the named queries. */
const VERBS = {
  "who-supplies-whom": "supplies", leaders: "leads", alliances: "allied with",
  conflicts: "in conflict with", meetings: "met", affiliations: "affiliated with",
  statements: "said", evidence: "stated in",
};
const DEFAULT_QUERY = `PREFIX gkg: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Who supplies whom, and what
SELECT DISTINCT ?supplier ?recipient ?item WHERE {
  ?s a gkg:Supply ; gkg:supplier ?a ; gkg:recipient ?b .
  OPTIONAL { ?s gkg:item ?item }
  ?a rdfs:label ?supplier . ?b rdfs:label ?recipient .
}
ORDER BY ?supplier ?recipient`;

const $ = (id) => document.getElementById(id);
let editor = null;
let network = null;
let current = { head: [], rows: [], title: "" };

function shorten(iri) {
  for (const [ns, prefix] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns)) return prefix + iri.slice(ns.length);
  }
  return iri;
}

function kindOf(iri) {
  if (!iri.startsWith(GKR)) return "other";
  const kind = iri.slice(GKR.length).split("/")[0];
  return KIND_COLORS[kind] ? kind : "other";
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

function setStatus(text, warning) {
  const status = $("status");
  status.textContent = text;
  if (warning) {
    const span = document.createElement("span");
    span.className = "warn";
    span.textContent = " · " + warning;
    status.appendChild(span);
  }
}

async function fetchChecked(url, options) {
  const response = await fetch(url, options);
  if (!response.ok) {
    let message = await response.text();
    try { message = JSON.parse(message).error || message; } catch (e) { /* plain text */ }
    throw new Error(`${response.status}: ${message.trim()}`);
  }
  return response;
}

/* ------------------------------------------------------------------ results */

function sparqlJsonToTable(json) {
  if (typeof json.boolean === "boolean") {
    return { head: ["answer"], rows: [{ answer: { type: "literal", value: String(json.boolean) } }] };
  }
  return { head: json.head.vars || [], rows: json.results.bindings || [] };
}

function ntriplesToTable(text) {
  const term = /(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^>]*>)?)/g;
  const rows = [];
  for (const line of text.split("\n")) {
    const parts = line.match(term);
    if (!parts || parts.length < 3) continue;
    const cell = (t) => t.startsWith("<") ? { type: "uri", value: t.slice(1, -1) }
      : t.startsWith("_:") ? { type: "bnode", value: t.slice(2) }
      : { type: "literal", value: JSON.parse(t.replace(/(@[\w-]+|\^\^<[^>]*>)$/, "")) };
    rows.push({ subject: cell(parts[0]), predicate: cell(parts[1]), object: cell(parts[2]) });
  }
  return { head: ["subject", "predicate", "object"], rows };
}

function renderTable(result) {
  const table = $("results");
  table.replaceChildren();
  const thead = table.createTHead();
  const headRow = thead.insertRow();
  for (const name of result.head) {
    const th = document.createElement("th");
    th.textContent = name;
    headRow.appendChild(th);
  }
  const body = table.createTBody();
  if (!result.rows.length) {
    const td = body.insertRow().insertCell();
    td.colSpan = Math.max(result.head.length, 1);
    td.className = "muted";
    td.textContent = "No results.";
    return;
  }
  for (const row of result.rows) {
    const tr = body.insertRow();
    for (const name of result.head) {
      const td = tr.insertCell();
      const term = row[name];
      if (!term) continue;
      if (term.type === "uri") {
        td.className = "iri";
        td.textContent = shorten(term.value);
        td.title = term.value;
      } else {
        td.textContent = term.value;
        if (/^-?\d+(\.\d+)?$/.test(term.value)) td.classList.add("num");
        if (term["xml:lang"]) {
          const lang = document.createElement("span");
          lang.className = "lang";
          lang.textContent = "@" + term["xml:lang"];
          td.appendChild(lang);
        }
      }
    }
  }
}

/* An entity per IRI column, labelled by its label column ("supplier" for "supplier_iri");
   each row links its entities in column order; s/p/o rows link s to o through p. */
function graphOf(result) {
  const nodes = new Map();
  const edges = new Map();
  const head = result.head;
  const addNode = (iri, label) => {
    if (!nodes.has(iri) || (label && nodes.get(iri).label === shorten(iri))) {
      const kind = kindOf(iri);
      nodes.set(iri, { id: iri, label: label || shorten(iri), title: iri,
                       color: { background: KIND_COLORS[kind], border: KIND_COLORS[kind] },
                       font: { color: "#1d2433" } });
    }
  };
  const addEdge = (from, to, label) => {
    const id = `${from}|${label}|${to}`;
    if (from !== to && !edges.has(id)) edges.set(id, { id, from, to, label, arrows: "to" });
  };
  const spo = head.length === 3 && result.rows.length &&
    result.rows.every((r) => r[head[1]] && r[head[1]].type === "uri");
  for (const row of result.rows) {
    if (spo) {
      const [s, p, o] = head.map((h) => row[h]);
      if (!s || !o || s.type !== "uri") continue;
      addNode(s.value);
      if (o.type === "uri") {
        addNode(o.value);
        addEdge(s.value, o.value, shorten(p.value).replace(/^.*[:#/]/, ""));
      }
      continue;
    }
    const entities = [];
    for (const name of head) {
      const term = row[name];
      if (!term || term.type !== "uri") continue;
      const base = name.replace(/_iri$/, "");
      const label = row[base] && row[base].type === "literal" ? row[base].value : null;
      addNode(term.value, label);
      entities.push(term.value);
    }
    for (let i = 0; i + 1 < entities.length; i++) {
      addEdge(entities[i], entities[i + 1], VERBS[current.title] || current.title || "");
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function renderGraph() {
  if ($("graph-view").hidden || typeof vis === "undefined") return;
  const data = graphOf(current);
  if (network) network.destroy();
  network = new vis.Network($("graph"), {
    nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges),
  }, {
    nodes: { shape: "dot", size: 12, font: { size: 14, face: "system-ui" } },
    edges: { color: "#94a3b8", font: { size: 11, color: "#64748b", strokeWidth: 3 },
             smooth: { type: "continuous" } },
    physics: { stabilization: { iterations: 200 }, barnesHut: { springLength: 140 } },
  });
}

function show(result, title, meta) {
  current = { head: result.head, rows: result.rows, title: title || "" };
  renderTable(result);
  renderGraph();
  const rows = result.rows.length;
  setStatus(`${rows} row${rows === 1 ? "" : "s"} · ${meta.ms} ms`, meta.truncated ?
    `cut at the server's row limit` : "");
}

/* ------------------------------------------------------------------ running */

async function runSparql() {
  const query = editor ? editor.getValue() : "";
  const graphQuery = /^\s*(?:(?:PREFIX|BASE)[^\n]*\n|#[^\n]*\n|\s)*(CONSTRUCT|DESCRIBE)\b/i.test(query);
  showError("");
  $("interpretation").hidden = true;
  setStatus("running…");
  const started = performance.now();
  try {
    const response = await fetchChecked("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 Accept: graphQuery ? "application/n-triples" : "application/sparql-results+json" },
      body: new URLSearchParams({ query }),
    });
    const result = graphQuery ? ntriplesToTable(await response.text())
      : sparqlJsonToTable(await response.json());
    show(result, "", { ms: Math.round(performance.now() - started),
                       truncated: response.headers.get("X-Kg-Truncated") });
  } catch (err) {
    setStatus("");
    showError(err.message);
  }
}

async function runNamed(name, params) {
  const search = new URLSearchParams(params).toString();
  const suffix = search ? `?${search}` : "";
  showError("");
  $("interpretation").hidden = true;
  setStatus("running…");
  const started = performance.now();
  try {
    const [response, sparql] = await Promise.all([
      fetchChecked(`/api/queries/${encodeURIComponent(name)}${suffix}`,
                   { headers: { Accept: "application/sparql-results+json" } }),
      fetchChecked(`/api/queries/${encodeURIComponent(name)}/sparql${suffix}`).then((r) => r.text()),
    ]);
    if (editor) editor.setValue(sparql);
    $("editor-title").textContent = `SPARQL — ${name}`;
    show(sparqlJsonToTable(await response.json()), name, {
      ms: Math.round(performance.now() - started),
      truncated: response.headers.get("X-Kg-Truncated"),
    });
  } catch (err) {
    setStatus("");
    showError(err.message);
  }
}

async function ask(question) {
  showError("");
  setStatus("thinking…");
  const started = performance.now();
  try {
    const response = await fetchChecked(`/api/ask?${new URLSearchParams({ q: question })}`);
    const answer = await response.json();
    if (answer.sparql && editor) editor.setValue(answer.sparql);
    renderAnswers(answer);
    show(sparqlJsonToTable(answer.results), answer.query,
         { ms: Math.round(performance.now() - started), truncated: answer.truncated });
  } catch (err) {
    setStatus("");
    showError(err.message);
  }
}

/* What the question was understood as, then each answer with the sentence that states it. */
function renderAnswers(answer) {
  const box = $("interpretation");
  box.replaceChildren("Understood as ");
  for (const step of answer.steps) {
    const code = document.createElement("code");
    const params = Object.entries(step.params).map(([k, v]) => `${k}=${v}`).join(", ");
    code.textContent = `${step.query}(${params})`;
    box.append(code, " ");
  }
  const list = document.createElement("ul");
  list.className = "answers";
  if (answer.verdict) {
    const verdict = document.createElement("li");
    verdict.className = "verdict";
    verdict.textContent = answer.verdict;
    list.appendChild(verdict);
  } else if (!answer.answers.length) {
    const none = document.createElement("li");
    none.textContent = answer.unknown_names.length
      ? `Nothing in the graph is called: ${answer.unknown_names.join(", ")}.`
      : "The graph has no answer to this question.";
    list.appendChild(none);
  }
  for (const fact of answer.answers.slice(0, 6)) {
    const item = document.createElement("li");
    const text = document.createElement("b");
    text.textContent = fact.text;
    item.appendChild(text);
    if (fact.evidence.length) {
      const quote = document.createElement("span");
      quote.className = "evidence";
      quote.textContent = `“${fact.evidence[0].sentence}” — ${fact.evidence[0].document}`;
      item.appendChild(quote);
    }
    list.appendChild(item);
  }
  if (answer.answers.length > 6) {
    const more = document.createElement("li");
    more.className = "muted";
    more.textContent = `… and ${answer.answers.length - 6} more in the table below`;
    list.appendChild(more);
  }
  box.appendChild(list);
  box.hidden = false;
}

/* ------------------------------------------------------------------ side panel */

function paramForm(query) {
  const form = $("params");
  form.replaceChildren();
  form.hidden = !query.params.length;
  for (const param of query.params) {
    const label = document.createElement("label");
    label.textContent = param.name;
    const input = document.createElement("input");
    input.type = "text";
    input.name = param.name;
    input.placeholder = param.doc;
    label.appendChild(input);
    form.appendChild(label);
  }
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = `Run ${query.name}`;
  form.appendChild(button);
  form.onsubmit = (event) => {
    event.preventDefault();
    const values = {};
    for (const [key, value] of new FormData(form)) if (value.trim()) values[key] = value.trim();
    runNamed(query.name, values);
  };
}

async function loadQueries() {
  const list = $("queries");
  try {
    const queries = await (await fetchChecked("/api/queries")).json();
    list.replaceChildren();
    for (const query of queries) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.query = query.name;
      const name = document.createElement("span");
      name.className = "qname";
      name.textContent = query.name;
      const summary = document.createElement("span");
      summary.className = "qsum";
      summary.textContent = query.summary;
      button.append(name, summary);
      button.onclick = () => {
        for (const other of list.querySelectorAll("button")) other.classList.remove("active");
        button.classList.add("active");
        paramForm(query);
        runNamed(query.name, {});
      };
      item.appendChild(button);
      list.appendChild(item);
    }
  } catch (err) {
    list.replaceChildren();
    showError(`Named queries are unavailable: ${err.message}`);
  }
}

async function loadHealth() {
  try {
    const health = await (await fetchChecked("/health")).json();
    const box = $("health");
    box.replaceChildren();
    const parts = [[health.articles, " articles"], [health.triples, " triples"]];
    parts.forEach(([count, label], index) => {
      const b = document.createElement("b");
      b.textContent = count.toLocaleString();
      box.append(index ? " · " : "", b, label);
    });
  } catch (err) {
    $("health").textContent = "store unavailable";
  }
}

/* ------------------------------------------------------------------ start */

function start() {
  if (typeof Yasqe !== "undefined") {
    editor = new Yasqe($("editor"), {
      value: DEFAULT_QUERY,
      persistenceId: null,
      showQueryButton: false,
      autocompleters: ["variables"],
      prefixCcApi: null,
      resizeable: false,
      createShareableLink: null,
      consumeShareLink: null,
    });
    editor.on("keydown", (_, event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        runSparql();
      }
    });
  }
  $("run").onclick = runSparql;
  $("ask-form").onsubmit = (event) => {
    event.preventDefault();
    const question = $("ask-input").value.trim();
    if (question) ask(question);
  };
  for (const link of document.querySelectorAll(".example")) {
    link.onclick = (event) => {
      event.preventDefault();
      $("ask-input").value = link.textContent;
      ask(link.textContent);
    };
  }
  for (const tab of document.querySelectorAll(".tab")) {
    tab.onclick = () => {
      for (const other of document.querySelectorAll(".tab")) other.classList.remove("active");
      tab.classList.add("active");
      $("table-view").hidden = tab.dataset.view !== "table";
      $("graph-view").hidden = tab.dataset.view !== "graph";
      renderGraph();
    };
  }
  loadHealth();
  loadQueries();
}

document.addEventListener("DOMContentLoaded", start);
