"""The dashboard's static assets: pages, scripts, styles and the offline world outline.

Served by :mod:`wirecoder.api.app`; ``static/vendor/`` holds third-party files, each with its
licence and the command that fetched it (``static/vendor/README.md``).
"""
