"""goodcry in the browser: a local web app over the same Journal as the CLI (``goodcry serve``).

Use ``create_app(WebSettings(target=…))``; FastAPI, Jinja2 and uvicorn load only here, never for the CLI.
"""

from goodcry.web.app import create_app
from goodcry.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
