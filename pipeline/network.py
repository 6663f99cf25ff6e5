"""The crew network: a networkx projection of the knowledge graph for graph analysis.

Nodes are people, spacecraft and missions (keyed by IRI, with ``kind`` and ``label`` attributes);
edges say who flew with whom (``kind="flew with"``, ``weight`` = shared events), who flew on which
spacecraft and who took part in which mission (``weight`` = events). It is built from the rows of the
``crew`` named query, so it works the same on an embedded store, a file or a remote endpoint.
"""

from __future__ import annotations

import logging
from itertools import combinations
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

PERSON, SPACECRAFT, MISSION = "person", "spacecraft", "mission"
FLEW_WITH, FLEW_ON, TOOK_PART_IN = "flew with", "flew on", "took part in"


def _present(value: object) -> bool:
    """A real cell value (not None, NaN or empty)."""
    return value is not None and value == value and value != ""


def _add_weighted_edge(graph: nx.Graph, a: str, b: str, kind: str) -> None:
    if graph.has_edge(a, b):
        graph[a][b]["weight"] += 1
    else:
        graph.add_edge(a, b, kind=kind, weight=1)


def crew_network(crew_rows: pd.DataFrame) -> nx.Graph:
    """The network from ``crew`` query rows (``event``, ``person``, ``person_label``, ``agency``, ...)."""
    graph = nx.Graph(name="spacekg crew network")
    people_by_event: dict[str, set[str]] = {}
    for row in crew_rows.itertuples(index=False):
        person = row.person
        if not _present(person):
            continue
        graph.add_node(person, kind=PERSON, label=row.person_label or person,
                       agency=row.agency if _present(row.agency) else "")
        people_by_event.setdefault(row.event, set()).add(person)
    # Each (event, person, thing) counts once however many roles or rows repeat it.
    seen: set[tuple[str, str, str]] = set()
    for row in crew_rows.itertuples(index=False):
        if not _present(row.person):
            continue
        for node, label, kind, edge_kind in ((row.spacecraft, row.spacecraft_label, SPACECRAFT, FLEW_ON),
                                             (row.mission, row.mission_label, MISSION, TOOK_PART_IN)):
            if not _present(node) or (row.event, row.person, node) in seen:
                continue
            seen.add((row.event, row.person, node))
            graph.add_node(node, kind=kind, label=label if _present(label) else node)
            _add_weighted_edge(graph, row.person, node, edge_kind)
    for people in people_by_event.values():
        for a, b in combinations(sorted(people), 2):
            _add_weighted_edge(graph, a, b, FLEW_WITH)
    log.debug("crew network: %d nodes, %d edges", graph.number_of_nodes(), graph.number_of_edges())
    return graph


def people_network(network: nx.Graph) -> nx.Graph:
    """Only the people and the "flew with" edges between them."""
    people = [n for n, kind in network.nodes(data="kind") if kind == PERSON]
    sub = nx.Graph(network.subgraph(people))
    sub.remove_edges_from([(a, b) for a, b, kind in sub.edges(data="kind") if kind != FLEW_WITH])
    return sub


def centrality(network: nx.Graph) -> pd.DataFrame:
    """Per person: label, agency, shared-event degree, degree and betweenness centrality, most central first."""
    import pandas as pd

    people = people_network(network)
    if people.number_of_nodes() == 0:
        return pd.DataFrame(columns=["person", "label", "agency", "crewmates", "shared_events", "degree",
                                     "betweenness"])
    degree = nx.degree_centrality(people)
    betweenness = nx.betweenness_centrality(people)
    rows = [{
        "person": node,
        "label": data.get("label", node),
        "agency": data.get("agency", ""),
        "crewmates": people.degree(node),
        "shared_events": people.degree(node, weight="weight"),
        "degree": degree[node],
        "betweenness": betweenness[node],
    } for node, data in people.nodes(data=True)]
    frame = pd.DataFrame(rows)
    return frame.sort_values(["degree", "shared_events", "label"], ascending=[False, False, True],
                             ignore_index=True)


def communities(network: nx.Graph) -> list[list[str]]:
    """Groups of people who flew together (greedy modularity on shared events), as sorted labels."""
    people = people_network(network)
    if people.number_of_nodes() == 0:
        return []
    groups = nx.community.greedy_modularity_communities(people, weight="weight")
    labelled = [sorted(people.nodes[n].get("label", n) for n in group) for group in groups]
    return sorted(labelled, key=lambda group: (-len(group), group))


__all__ = ["centrality", "communities", "crew_network", "people_network"]
