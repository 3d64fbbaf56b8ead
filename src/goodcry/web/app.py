"""The web app: ``create_app(settings)`` builds it; ``goodcry serve`` runs it with uvicorn.

Routes parse the request, call the Journal, and render a template with view models.  Security (Host check,
headers, sessions, CSRF, login) is set up here once; its pieces live in ``security.py``.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from goodcry.core.errors import (
    ConflictError,
    GoodcryError,
    JournalMissingError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from goodcry.web.pool import JournalPool
from goodcry.web.security import (
    COOKIE,
    SECURITY_HEADERS,
    OneTimeToken,
    RateLimiter,
    Session,
    Sessions,
)
from goodcry.web.settings import WebSettings

HERE = Path(__file__).parent
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PUBLIC = ("/login", "/help", "/static/", "/favicon.ico")


class LoginRequired(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Guard:
    """Pure ASGI middleware: refuse a foreign Host or Origin, add security headers, never cache pages."""

    def __init__(self, app: ASGIApp, settings: WebSettings) -> None:
        self.app = app
        self.hosts = settings.allowed_hosts()
        self.port = settings.port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = _hostname(headers.get("host", ""))
        refusal = None
        if host not in self.hosts:
            refusal = b"This goodcry server only answers to its own address (Host header refused)."
        elif scope["method"] not in ("GET", "HEAD"):
            origin = headers.get("origin")
            if origin is not None and (origin == "null" or _hostname(urlsplit(origin).netloc) not in self.hosts):
                refusal = b"Requests from other sites are refused (Origin header)."
            elif headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
                refusal = b"Requests from other sites are refused (Sec-Fetch-Site)."
        if refusal is not None:
            await _plain(send, 403 if host in self.hosts else 421, refusal)
            return
        static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                for name, value in SECURITY_HEADERS.items():
                    raw.append((name.lower().encode(), value.encode()))
                if not static:
                    raw.append((b"cache-control", b"no-store"))
                message["headers"] = raw
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _plain(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _hostname(netloc: str) -> str:
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:].split("]", 1)[0]
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


class PageCache:
    """Derived views (a journal page's entries, insights) keyed by the journal's stamp: any write makes a new key."""

    def __init__(self, size: int = 64) -> None:
        self._items: OrderedDict[tuple[object, ...], Any] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> Any:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], value: Any) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)


class Web:
    """What every route shares: settings, the journal pool, sessions, templates."""

    def __init__(self, settings: WebSettings) -> None:
        self.settings = settings
        self.pool = JournalPool(settings.target, settings.journal_key)
        self.sessions = Sessions(settings.session_idle_s)
        self.limiter = RateLimiter(settings.login_attempts, settings.login_window_s)
        self.token = OneTimeToken(settings.login_token)
        env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(["html", "svg"], default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates = Jinja2Templates(env=env)
        self.page_cache = PageCache()

    def session(self, request: Request) -> Session | None:
        found: Session | None = getattr(request.state, "session", None)
        if found is None:
            found = self.sessions.get(request.cookies.get(COOKIE))
            request.state.session = found
        return found

    def render(self, request: Request, template: str, context: dict[str, Any] | None = None, *,
               status: int = 200) -> HTMLResponse:
        session = self.session(request)
        fresh = None
        if session is None:
            session = fresh = self.sessions.new()
            request.state.session = session
        flash, session.flash = session.flash, []
        fragment = request.headers.get("x-goodcry-fragment") == "1"
        ctx = {
            "layout": "_fragment.html" if fragment else "_layout.html",
            "csrf": session.csrf,
            "logged_in": session.authenticated,
            "flash": flash,
            "path": request.url.path,
            **(context or {}),
        }
        response = self.templates.TemplateResponse(request, template, ctx, status_code=status)
        if fresh is not None:
            set_cookie(response, fresh)
        return response


def set_cookie(response: Response, session: Session) -> None:
    response.set_cookie(COOKIE, session.id, httponly=True, samesite="strict", path="/")


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def create_app(settings: WebSettings) -> FastAPI:
    """The goodcry web app over the journal at ``settings.target``."""
    from goodcry.web import routes

    web = Web(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        web.pool.close()

    app = FastAPI(title="goodcry", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.web = web
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        if request.method in ("GET", "HEAD"):
            return redirect("/login?next=" + quote(request.url.path + (f"?{request.url.query}" if request.url.query else "")))
        return web.render(request, "error.html", {"title": "Please log in", "message": "Log in first."}, status=401)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return web.render(request, "error.html", {"title": "Refused", "message": exc.reason}, status=403)

    @app.exception_handler(GoodcryError)
    async def _goodcry_error(request: Request, exc: GoodcryError) -> Response:
        status = 404 if isinstance(exc, NotFoundError) else 409 if isinstance(exc, ConflictError) else (
            503 if isinstance(exc, StorageError | JournalMissingError) else 400 if isinstance(exc, ValidationError) else 500)
        titles = {404: "Not found", 409: "Changed elsewhere", 503: "The journal is not available", 400: "Please check"}
        return web.render(request, "error.html", {"title": titles.get(status, "Something went wrong"),
                                                  "message": str(exc)}, status=status)

    app.include_router(routes.public)
    app.include_router(routes.private, dependencies=[Depends(routes.require_login)])
    app.add_middleware(Guard, settings=settings)
    return app


def new_token() -> str:
    return secrets.token_urlsafe(24)


def now() -> datetime:
    return datetime.now().astimezone()


AFTER = timedelta(minutes=90)
