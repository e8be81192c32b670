"""The interactive HTML picture: one self-contained file, vis-network inlined, no CDN."""

from __future__ import annotations

import json
from pathlib import Path

from kg.draw.model import Picture, style

TEMPLATE = Path(__file__).with_name("page.html")
VIS_NETWORK = Path(__file__).parent / "static" / "vis-network.min.js"


def data(picture: Picture) -> dict:
    """Nodes, edges and legend in vis-network's terms."""
    nodes_style, edges_style = style()["nodes"], style()["edges"]
    nodes = []
    for iri, node in picture.nodes.items():
        look = nodes_style.get(node.kind, nodes_style["Other"])
        title = node.label + "".join(f"\n“{q}”" for q in node.said)
        nodes.append(
            {
                "id": iri,
                "label": node.label,
                "kind": node.kind,
                "shape": look["vis_shape"],
                "color": {"background": look["colour"], "border": "#444444"},
                "title": title,
                "said": node.said,
            }
        )
    edges = []
    for i, edge in enumerate(picture.edges):
        look = edges_style.get(edge.relation, {"colour": "#666666", "style": "solid"})
        edges.append(
            {
                "id": i,
                "from": edge.source,
                "to": edge.target,
                "relation": edge.relation,
                "detail": edge.detail,
                "label": edge.label,
                "title": edge.label,
                "color": {"color": look["colour"], "highlight": look["colour"]},
                "dashes": look["style"] in ("dashed", "dotted"),
                "arrows": "" if look.get("symmetric") else "to",
            }
        )
    kinds = {n.kind for n in picture.nodes.values()}
    relations = {e.relation for e in picture.edges}
    legend = {
        "nodes": [
            {"label": v["label"], "colour": v["colour"]}
            for k, v in nodes_style.items()
            if k in kinds
        ],
        "edges": [
            {
                "label": v["label"],
                "colour": v["colour"],
                "style": v["style"],
                "symmetric": bool(v.get("symmetric")),
            }
            for k, v in edges_style.items()
            if k in relations
        ],
    }
    return {"nodes": nodes, "edges": edges, "legend": legend}


def _script_safe(text: str) -> str:
    """JSON that cannot close the <script> element it sits in ("<\\/" is "</" in JSON)."""
    return text.replace("</", "<\\/")


def _library() -> str:
    """The bundled library, checked to be safe to inline (it must not contain "</script")."""
    code = VIS_NETWORK.read_text(encoding="utf-8")
    if "</script" in code.lower():
        raise RuntimeError(f"{VIS_NETWORK} contains '</script' and cannot be inlined")
    return code


def to_html(picture: Picture, title: str = "Knowledge graph") -> str:
    import html

    summary = f"{len(picture.nodes)} entities, {len(picture.edges)} relations"
    page = TEMPLATE.read_text(encoding="utf-8")
    # fill the small fields first: the library itself must not be searched for placeholders
    page = page.replace("__TITLE__", html.escape(title)).replace("__SUMMARY__", summary)
    page = page.replace("__DATA__", _script_safe(json.dumps(data(picture), ensure_ascii=False)))
    return page.replace("__VIS_NETWORK__", _library())
