"""SVG and PNG pictures through Graphviz's `dot`, with a legend of node types and relations."""

from __future__ import annotations

import html
import shutil
import subprocess

from kg.draw.model import Picture, style
from kg.errors import KgError

FONT = "Helvetica"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _wrap(text: str, width: int = 28) -> str:
    """Long edge labels on several lines, so the layout stays compact."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "\n".join(lines)


def to_dot(picture: Picture) -> str:
    nodes_style, edges_style = style()["nodes"], style()["edges"]
    out = [
        "digraph kg {",
        "  graph [rankdir=LR, overlap=false, splines=true, nodesep=0.5, ranksep=1.1, "
        f'fontname="{FONT}", bgcolor="white", pad=0.3];',
        f'  node [fontname="{FONT}", fontsize=12, style="filled", penwidth=1.2];',
        f'  edge [fontname="{FONT}", fontsize=10, penwidth=1.6];',
    ]
    ids = {iri: f"n{i}" for i, iri in enumerate(picture.nodes)}
    for iri, node in picture.nodes.items():
        look = nodes_style.get(node.kind, nodes_style["Other"])
        tooltip = node.label + "".join(f"\n“{q}”" for q in node.said)
        out.append(
            f"  {ids[iri]} [label={_quote(node.label)}, shape={look['shape']}, "
            f"fillcolor={_quote(look['colour'])}, tooltip={_quote(tooltip)}];"
        )
    for edge in picture.edges:
        look = edges_style.get(edge.relation, {"colour": "#666666", "style": "solid"})
        attrs = [
            f"color={_quote(look['colour'])}",
            f"fontcolor={_quote(look['colour'])}",
            f"style={look['style']}",
            f"tooltip={_quote(edge.label)}",
            f"label={_quote(_wrap(edge.label))}",
        ]
        if look["style"] == "dotted":
            attrs.append("penwidth=2.4")
        if look.get("symmetric"):
            attrs.append("dir=none")
        out.append(f"  {ids[edge.source]} -> {ids[edge.target]} [{', '.join(attrs)}];")
    out.append(_legend(picture))
    out.append("}")
    return "\n".join(out) + "\n"


def _legend(picture: Picture) -> str:
    """A table of the node types and relations that appear in this picture."""
    nodes_style, edges_style = style()["nodes"], style()["edges"]
    kinds = [k for k in nodes_style if any(n.kind == k for n in picture.nodes.values())]
    relations = [r for r in edges_style if any(e.relation == r for e in picture.edges)]
    rows = ['<tr><td colspan="2"><b>Legend</b></td></tr>']
    for kind in kinds:
        look = nodes_style[kind]
        rows.append(
            f'<tr><td bgcolor="{look["colour"]}" width="24"> </td>'
            f'<td align="left">{html.escape(look["label"])}</td></tr>'
        )
    for relation in relations:
        look = edges_style[relation]
        line = {"dashed": "- - -", "dotted": "· · · ·"}.get(look["style"], "——")
        arrow = "" if look.get("symmetric") else " ▶"
        rows.append(
            f'<tr><td><font color="{look["colour"]}"><b>{line}{arrow}</b></font></td>'
            f'<td align="left"><font color="{look["colour"]}">{html.escape(look["label"])}</font>'
            "</td></tr>"
        )
    table = (
        '<table border="0" cellborder="0" cellspacing="4" cellpadding="2">'
        + "".join(rows)
        + "</table>"
    )
    return (
        "  subgraph cluster_legend {\n"
        '    color="#999999"; style="rounded"; label="";\n'
        f'    legend [shape=plaintext, style="", label=<{table}>];\n'
        "  }"
    )


def render(dot_source: str, fmt: str) -> bytes:
    """Run `dot -T{svg,png}`; a missing Graphviz is a clear error, not a traceback."""
    binary = shutil.which("dot")
    if binary is None:
        raise KgError(
            f"drawing .{fmt} needs Graphviz's `dot` (apt install graphviz); "
            "or draw to .html, which needs nothing"
        )
    args = [binary, f"-T{fmt}"] + (["-Gdpi=110"] if fmt == "png" else [])
    result = subprocess.run(
        args, input=dot_source.encode("utf-8"), capture_output=True, check=False
    )
    if result.returncode != 0:
        message = " ".join(result.stderr.decode("utf-8", "replace").split())
        raise KgError(f"Graphviz failed: {message}")
    return result.stdout
