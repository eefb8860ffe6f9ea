"""Stories: articles from any feed, in any language, that report the same event.

- `links.py`: canonical links (tracking parameters, `www.`, mobile and AMP variants);
- `evidence.py`: an article's signature (link, SimHash, concept, place, name and number keys);
- `window.py`: the window of recent stories and where a new article belongs in it;
- `grouping.py`: the stories of a sequence of articles (`monitor match --stories`, the bench).

Pure functions over plain data: the pipeline stores what they decide.
"""

from monitor.stories.evidence import ConceptSpotter, Signature, signature
from monitor.stories.links import canonical_link
from monitor.stories.window import DEFAULT_THRESHOLD, Placement, StoryWindow

__all__ = [
    "DEFAULT_THRESHOLD",
    "ConceptSpotter",
    "Placement",
    "Signature",
    "StoryWindow",
    "canonical_link",
    "signature",
]
