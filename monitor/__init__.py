"""news-monitor: poll news feeds, match watch rules, alert through Apprise."""

__version__ = "0.1.0"
